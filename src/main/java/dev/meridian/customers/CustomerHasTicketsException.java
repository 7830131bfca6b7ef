package dev.meridian.customers;

import dev.meridian.DomainException;

/**
 * A customer with tickets cannot simply be deleted; erasure is a privacy process.
 */
public class CustomerHasTicketsException extends DomainException {

	public CustomerHasTicketsException(CustomerId id) {
		super(Kind.CONFLICT, "Customer " + id + " has tickets and cannot be deleted");
	}

	@Override
	public String type() {
		return "customer-has-tickets";
	}

}
