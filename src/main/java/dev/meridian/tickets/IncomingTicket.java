package dev.meridian.tickets;

import java.util.List;

import dev.meridian.agents.AgentId;
import dev.meridian.agents.TeamId;
import dev.meridian.customers.CustomerProfile;
import org.jspecify.annotations.Nullable;

/**
 * A ticket as a channel or the API receives it: the customer is known by what they told
 * us (an email address at least), not by id.
 */
public record IncomingTicket(CustomerProfile customer, String subject, MessageDraft message, Channel channel,
		Priority priority, List<String> tags, @Nullable TeamId team, @Nullable AgentId assignee) {

	public IncomingTicket {
		tags = List.copyOf(tags);
	}

}
