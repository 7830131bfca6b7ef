package dev.meridian.markets;

import dev.meridian.DomainException;

/**
 * A market that customers or tickets still belong to cannot be deleted.
 */
public class MarketInUseException extends DomainException {

	public MarketInUseException(CountryCode code) {
		super(Kind.CONFLICT, "Market " + code + " is still used by customers, organizations or tickets");
	}

	@Override
	public String type() {
		return "market-in-use";
	}

}
