package dev.meridian.markets;

import java.time.ZoneId;
import java.util.List;

/**
 * What defines a market, validated.
 *
 * @param code the country
 * @param name a display name
 * @param languages the languages spoken to customers, preferred first
 * @param currency the currency prices are shown in
 * @param timeZone the market's main time zone
 * @param launchStatus how far the business has gone into it
 */
public record MarketDefinition(CountryCode code, String name, List<LanguageTag> languages, CurrencyCode currency,
		ZoneId timeZone, LaunchStatus launchStatus) {

	public MarketDefinition {
		languages = List.copyOf(languages);
		if (languages.isEmpty()) {
			throw new dev.meridian.InvalidValueException("languages", "A market needs at least one language");
		}
	}

}
