package dev.meridian.commerce.rates;

import dev.meridian.DomainException;

/**
 * A document given as ECB reference rates is not in their format.
 */
public class EcbFormatException extends DomainException {

	public EcbFormatException(String message) {
		super(Kind.INVALID, message);
	}

	@Override
	public String type() {
		return "ecb-format";
	}

}
