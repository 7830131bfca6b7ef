package dev.meridian.bot;

import dev.meridian.DomainException;
import dev.meridian.markets.CountryCode;

/** A well-formed country code that is not one of the business's markets. */
public class UnknownMarketException extends DomainException {

	public UnknownMarketException(CountryCode market) {
		super(Kind.INVALID, "'" + market.value() + "' is not one of this help desk's markets");
	}

	@Override
	public String type() {
		return "unknown-market";
	}

}
