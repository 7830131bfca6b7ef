package dev.meridian.tickets;

import java.util.UUID;

/**
 * Identifies a ticket across modules.
 */
public record TicketId(UUID value) {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
