package dev.meridian.privacy.retention;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import dev.meridian.privacy.RetainedKind;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Retention defaults ({@code meridian.privacy.retention.*}); admins give markets their
 * own periods through the API.
 *
 * @param periods how long each kind is kept where a market has no period of its own, e.g.
 * {@code meridian.privacy.retention.periods.mail-sources=90d}
 * @param batchSize items removed per transaction of a run
 * @param schedule when the run starts (cron, server zone; {@code -} switches it off)
 */
@ConfigurationProperties("meridian.privacy.retention")
record RetentionSettings(Map<RetainedKind, Duration> periods, @DefaultValue("500") int batchSize,
		@DefaultValue("0 15 3 * * *") String schedule) {

	/** Used for a kind no property names: long enough that nothing goes by surprise. */
	static final Duration FALLBACK = Duration.ofDays(3650);

	RetentionSettings {
		periods = periods == null ? Map.of() : Map.copyOf(periods);
		if (batchSize < 1) {
			throw new IllegalArgumentException("meridian.privacy.retention.batch-size must be at least 1");
		}
		for (Map.Entry<RetainedKind, Duration> period : periods.entrySet()) {
			if (period.getValue().toDays() < 1) {
				throw new IllegalArgumentException(
						"meridian.privacy.retention.periods." + period.getKey().key() + " must be at least one day");
			}
		}
	}

	/** The default period of every kind, in days. */
	Map<RetainedKind, Integer> defaultDays() {
		Map<RetainedKind, Integer> days = new EnumMap<>(RetainedKind.class);
		for (RetainedKind kind : RetainedKind.values()) {
			days.put(kind, (int) this.periods.getOrDefault(kind, FALLBACK).toDays());
		}
		return days;
	}

}
