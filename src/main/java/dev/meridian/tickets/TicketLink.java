package dev.meridian.tickets;

import java.time.Instant;

/**
 * A link between two tickets as one of them sees it: the other ticket, whether this one
 * refers to it ({@code outgoing}) or is referred to by it, and why.
 *
 * @param reason why the link was made, e.g. {@code unverified-sender}: mail that named
 * the other ticket came from someone not part of its conversation
 */
public record TicketLink(TicketId other, long otherNumber, String otherSubject, boolean outgoing, String reason,
		Instant at) {
}
