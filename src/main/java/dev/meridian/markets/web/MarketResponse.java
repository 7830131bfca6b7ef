package dev.meridian.markets.web;

import java.time.Instant;
import java.util.List;

import dev.meridian.markets.LanguageTag;
import dev.meridian.markets.Market;
import dev.meridian.web.EnumValues;

/**
 * A market as the API returns it.
 */
record MarketResponse(String code, String name, List<String> languages, String currency, String timeZone,
		String launchStatus, Instant createdAt, Instant updatedAt) {

	static MarketResponse of(Market market) {
		return new MarketResponse(market.code().value(), market.name(),
				market.languages().stream().map(LanguageTag::value).toList(), market.currency().value(),
				market.timeZone().getId(), EnumValues.write(market.launchStatus()), market.createdAt(),
				market.updatedAt());
	}

}
