package dev.meridian.time;

import java.util.Locale;

import dev.meridian.markets.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * Where public holidays apply: a country and, optionally, one of its subdivisions as the
 * second part of an ISO 3166-2 code ({@code BY} for {@code DE-BY}).
 */
public record HolidayRegion(CountryCode country, @Nullable String subdivision) {

	public HolidayRegion {
		if (subdivision != null && subdivision.isBlank()) {
			subdivision = null;
		}
		if (subdivision != null) {
			String code = subdivision.strip().toUpperCase(Locale.ROOT);
			String prefix = country.value() + "-";
			subdivision = code.startsWith(prefix) ? code.substring(prefix.length()) : code;
		}
	}

	public static HolidayRegion of(CountryCode country) {
		return new HolidayRegion(country, null);
	}

	@Override
	public String toString() {
		return this.subdivision == null ? this.country.value() : this.country.value() + "-" + this.subdivision;
	}

}
