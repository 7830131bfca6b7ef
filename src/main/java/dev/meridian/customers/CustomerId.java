package dev.meridian.customers;

import java.util.UUID;

/**
 * Identifies a customer across modules.
 */
public record CustomerId(UUID value) {

	public static CustomerId random() {
		return new CustomerId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
