package dev.meridian.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which outside processors (translation engines) may receive the texts of each market's
 * customers: {@code meridian.privacy.residency.engines[FR]=apertium,deepl}. A market not
 * listed may use every engine; an empty list allows only local ones.
 *
 * @param engines allowed engine names by market (ISO 3166-1 alpha-2)
 */
@ConfigurationProperties("meridian.privacy.residency")
public record ProcessingResidency(@DefaultValue Map<String, List<String>> engines) {

	/**
	 * Why the engine may not receive texts of the market's customers, or empty when it
	 * may.
	 */
	public Optional<String> refusal(@Nullable String market, String engine) {
		if (market == null) {
			return Optional.empty();
		}
		List<String> allowed = this.engines.get(market.toUpperCase(Locale.ROOT));
		if (allowed == null || allowed.stream().anyMatch(name -> name.strip().equalsIgnoreCase(engine))) {
			return Optional.empty();
		}
		return Optional.of("Engine " + engine + " may not receive texts of customers in market "
				+ market.toUpperCase(Locale.ROOT) + " (allowed: " + String.join(", ", allowed) + ")");
	}

}
