package dev.meridian.customers;

import java.util.UUID;

/**
 * Identifies an organization.
 */
public record OrganizationId(UUID value) {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
