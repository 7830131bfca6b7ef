package dev.meridian.tickets;

import dev.meridian.customers.Customer;

/**
 * A ticket just opened by the intake, with the customer it found or created, so callers
 * need not look the customer up again.
 */
public record OpenedTicket(Ticket ticket, Customer customer) {
}
