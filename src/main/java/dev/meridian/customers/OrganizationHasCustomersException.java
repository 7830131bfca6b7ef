package dev.meridian.customers;

import dev.meridian.DomainException;

/**
 * An organization that customers still belong to cannot be deleted.
 */
public class OrganizationHasCustomersException extends DomainException {

	public OrganizationHasCustomersException(OrganizationId id) {
		super(Kind.CONFLICT, "Organization " + id + " still has customers");
	}

	@Override
	public String type() {
		return "organization-has-customers";
	}

}
