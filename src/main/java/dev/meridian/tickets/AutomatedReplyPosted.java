package dev.meridian.tickets;

import java.time.Instant;

/**
 * The chat's bot answered the customer publicly: channels show it where the customer is
 * (the chat), but it is no person's reply, so it neither stops service-level clocks nor
 * goes out by mail.
 */
public record AutomatedReplyPosted(TicketId ticket, MessageId message, Instant at) {
}
