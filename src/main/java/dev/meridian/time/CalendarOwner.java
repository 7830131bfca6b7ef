package dev.meridian.time;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import dev.meridian.markets.CountryCode;

/**
 * Whose calendar: a market (by country code) or a team (by id). The time module stores
 * only these keys; whether the market or team exists is the caller's concern, so time
 * stays below the modules that own them.
 */
public record CalendarOwner(Kind kind, String key) {

	public enum Kind {

		MARKET, TEAM

	}

	public CalendarOwner {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(key, "key");
	}

	public static CalendarOwner market(CountryCode market) {
		return new CalendarOwner(Kind.MARKET, market.value());
	}

	public static CalendarOwner team(UUID team) {
		return new CalendarOwner(Kind.TEAM, team.toString());
	}

	@Override
	public String toString() {
		return this.kind.name().toLowerCase(Locale.ROOT) + ":" + this.key;
	}

}
