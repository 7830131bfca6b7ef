package dev.meridian.privacy;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What a customer said about one purpose, as it was recorded.
 *
 * @param purpose what it is about
 * @param agreed true when they agreed, false when they refused
 * @param decidedAt when it was recorded
 * @param channel where they said it ({@link ConsentChange#CHANNELS})
 * @param text the consent text they were shown, if any
 * @param language the language of that text (BCP 47), if any
 * @param recordedBy who recorded it, e.g. {@code agent:<id>}, {@code help-center}
 */
public record ConsentDecision(Purpose purpose, boolean agreed, Instant decidedAt, String channel, @Nullable String text,
		@Nullable String language, String recordedBy) {
}
