package dev.meridian.markets;

import dev.meridian.DomainException;

/**
 * A market for this country exists already.
 */
public class MarketAlreadyExistsException extends DomainException {

	public MarketAlreadyExistsException(CountryCode code) {
		super(Kind.CONFLICT, "A market for " + code + " exists already");
	}

	@Override
	public String type() {
		return "market-exists";
	}

}
