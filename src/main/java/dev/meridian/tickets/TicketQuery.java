package dev.meridian.tickets;

import java.time.Instant;
import java.util.Set;

import dev.meridian.agents.AgentId;
import dev.meridian.agents.TeamId;
import dev.meridian.customers.CustomerId;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

/**
 * Which tickets to list, newest activity first. Empty criteria match everything.
 *
 * @param statuses any of these statuses
 * @param assignee assigned to this agent
 * @param unassigned only tickets without an assignee
 * @param team owned by this team
 * @param market in this market
 * @param language in this language (a bare language also matches its regional tags)
 * @param customer from this customer
 * @param tag carrying this tag
 * @param updatedSince changed at or after this instant
 */
public record TicketQuery(Set<Status> statuses, @Nullable AgentId assignee, boolean unassigned, @Nullable TeamId team,
		@Nullable CountryCode market, @Nullable LanguageTag language, @Nullable CustomerId customer,
		@Nullable String tag, @Nullable Instant updatedSince) {

	public TicketQuery {
		statuses = Set.copyOf(statuses);
	}

	public static TicketQuery all() {
		return new TicketQuery(Set.of(), null, false, null, null, null, null, null, null);
	}

}
