package dev.meridian.markets.web;

import java.util.List;

import dev.meridian.markets.CountryCode;
import dev.meridian.markets.CurrencyCode;
import dev.meridian.markets.LanguageTag;
import dev.meridian.markets.LaunchStatus;
import dev.meridian.markets.MarketDefinition;
import dev.meridian.markets.TimeZones;
import dev.meridian.web.EnumValues;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A market as clients send it.
 */
record MarketRequest(@Nullable String code, @NotBlank @Size(max = 200) String name,
		@NotEmpty @Size(max = 20) List<@NotBlank String> languages, @NotBlank String currency,
		@NotBlank String timeZone, @Nullable String launchStatus) {

	MarketDefinition toDefinition(String pathCode) {
		List<LanguageTag> tags = new java.util.ArrayList<>();
		for (int i = 0; i < this.languages.size(); i++) {
			tags.add(LanguageTag.parse("languages[" + i + "]", this.languages.get(i)));
		}
		return new MarketDefinition(CountryCode.parse("code", pathCode), this.name.strip(), tags,
				CurrencyCode.parse("currency", this.currency), TimeZones.parse("timeZone", this.timeZone),
				this.launchStatus == null ? LaunchStatus.PLANNED
						: EnumValues.parse("launchStatus", this.launchStatus, LaunchStatus.class));
	}

}
