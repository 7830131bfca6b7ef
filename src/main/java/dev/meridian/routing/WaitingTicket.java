package dev.meridian.routing;

import java.time.Instant;

import dev.meridian.agents.TeamId;
import dev.meridian.tickets.AssignmentReason;
import dev.meridian.tickets.TicketId;
import org.jspecify.annotations.Nullable;

/**
 * A ticket in a team's queue because nobody could take it yet, and why.
 */
public record WaitingTicket(TicketId ticket, @Nullable TeamId team, String language, AssignmentReason reason,
		Instant queuedAt) {
}
