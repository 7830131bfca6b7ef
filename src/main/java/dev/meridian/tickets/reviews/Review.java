package dev.meridian.tickets.reviews;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.agents.AgentId;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.TicketId;
import org.jspecify.annotations.Nullable;

/**
 * A supervisor's review of one solved conversation.
 *
 * @param agent the agent reviewed: who sent the conversation's last public reply, else
 * its assignee
 * @param reviewer who reviewed, or null for an API token of no agent
 * @param language the conversation's language when it was reviewed
 * @param market the ticket's market (ISO 3166-1 alpha-2) when it was reviewed, if any
 * @param comment the reviewer's comment as written, in {@code commentLanguage}
 */
public record Review(UUID id, TicketId ticket, long ticketNumber, AgentId agent, @Nullable AgentId reviewer,
		LanguageTag language, @Nullable String market, Scores scores, @Nullable String comment,
		@Nullable LanguageTag commentLanguage, Instant createdAt) {

	public Optional<String> marketCode() {
		return Optional.ofNullable(this.market);
	}

}
