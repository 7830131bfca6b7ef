package dev.meridian.customers;

import dev.meridian.DomainException;

/**
 * Another customer already has this email address.
 */
public class EmailAlreadyUsedException extends DomainException {

	public EmailAlreadyUsedException(String email) {
		super(Kind.CONFLICT, "Another customer already uses " + email);
	}

	@Override
	public String type() {
		return "email-in-use";
	}

}
