package dev.meridian.commerce.returns;

import dev.meridian.DomainException;
import dev.meridian.commerce.ReturnId;

/**
 * A return cannot take this step from where it stands.
 */
public class ReturnStatusException extends DomainException {

	public ReturnStatusException(ReturnId id, ReturnStatus status, String why) {
		super(Kind.CONFLICT, "Return " + id + " is " + status.value() + ": " + why);
	}

	@Override
	public String type() {
		return "return-status";
	}

}
