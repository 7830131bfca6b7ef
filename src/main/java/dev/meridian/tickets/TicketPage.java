package dev.meridian.tickets;

import java.util.List;

import dev.meridian.Keyset;

import org.jspecify.annotations.Nullable;

/**
 * One page of tickets and where the next one starts, if there is one.
 */
public record TicketPage(List<Ticket> tickets, @Nullable Keyset next) {
}
