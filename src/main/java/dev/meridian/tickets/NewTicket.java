package dev.meridian.tickets;

import java.util.List;

import dev.meridian.agents.AgentId;
import dev.meridian.agents.TeamId;
import dev.meridian.customers.CustomerId;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

/**
 * A ticket to open, with its first message from the customer.
 */
public record NewTicket(String subject, CustomerId customer, Channel channel, Priority priority, LanguageTag language,
		@Nullable CountryCode market, List<String> tags, @Nullable TeamId team, @Nullable AgentId assignee,
		MessageDraft firstMessage) {

	public NewTicket {
		tags = List.copyOf(tags);
	}

}
