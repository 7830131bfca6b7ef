package dev.meridian.tickets;

import java.time.Instant;

import dev.meridian.customers.CustomerId;

/**
 * A ticket now belongs to another customer: a request held apart until its sender
 * confirmed their address has joined the customer who owns it. Replies that could not be
 * delivered before (the held request had no address) can go out now.
 */
public record TicketCustomerChanged(TicketId ticket, CustomerId from, CustomerId to, Instant at) {
}
