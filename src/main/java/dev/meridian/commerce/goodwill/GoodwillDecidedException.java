package dev.meridian.commerce.goodwill;

import dev.meridian.DomainException;

/**
 * Goodwill is decided once: this one is not waiting for approval.
 */
public class GoodwillDecidedException extends DomainException {

	public GoodwillDecidedException(String message) {
		super(Kind.CONFLICT, message);
	}

	@Override
	public String type() {
		return "goodwill-decided";
	}

}
