package dev.meridian.commerce.rates;

import dev.meridian.DomainException;

/**
 * Rates could not be fetched or read from where they were to come from.
 */
public class RateImportException extends DomainException {

	public RateImportException(String message) {
		super(Kind.CONFLICT, message);
	}

	@Override
	public String type() {
		return "rate-import-failed";
	}

}
