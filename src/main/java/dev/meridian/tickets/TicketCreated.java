package dev.meridian.tickets;

import java.time.Instant;

import dev.meridian.customers.CustomerId;
import org.jspecify.annotations.Nullable;

/**
 * A ticket was opened.
 */
public record TicketCreated(TicketId ticket, long number, CustomerId customer, Channel channel, String language,
		@Nullable String market, Instant at) {
}
