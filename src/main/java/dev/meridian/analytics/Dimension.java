package dev.meridian.analytics;

import java.util.Locale;

import dev.meridian.InvalidValueException;

/**
 * What a report slices or filters by. Market keys are ISO country codes, languages BCP 47
 * tags, channels lower-case channel names, teams and agents their ids, and translated is
 * {@code translated} or {@code native}.
 */
public enum Dimension {

	MARKET, LANGUAGE, CHANNEL, TEAM, AGENT, TRANSLATED;

	/** The rollup column. */
	public String column() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Dimension parse(String field, String value) {
		try {
			return valueOf(value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidValueException(field,
					field + " must be one of market, language, channel, team, agent, translated, not '" + value + "'");
		}
	}

	/** Whether the market × language projection holds it. */
	boolean inProjection() {
		return this == MARKET || this == LANGUAGE;
	}

}
