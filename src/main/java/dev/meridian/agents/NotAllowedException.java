package dev.meridian.agents;

import dev.meridian.DomainException;

/**
 * The actor's role does not allow this.
 */
public class NotAllowedException extends DomainException {

	public NotAllowedException(String message) {
		super(Kind.FORBIDDEN, message);
	}

	@Override
	public String type() {
		return "not-allowed";
	}

}
