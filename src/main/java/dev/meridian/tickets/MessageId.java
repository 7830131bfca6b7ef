package dev.meridian.tickets;

import java.util.UUID;

/**
 * Identifies a message of a ticket.
 */
public record MessageId(UUID value) {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
