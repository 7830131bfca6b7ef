package dev.meridian.channels.chat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

/**
 * A moment as a visitor reads it: on their clock, written the way their language writes
 * dates; without a known zone, in UTC and saying so.
 */
public final class VisitorTime {

	private VisitorTime() {
	}

	/** Date and time, e.g. "5 Dec 2026, 14:05" or "2026/12/05 14:05". */
	public static String dateTime(Instant at, LanguageTag visitor, @Nullable ZoneId zone) {
		return format("yMMMdjmm", at, visitor, zone);
	}

	/** Time of day only, for a transcript's lines. */
	public static String time(Instant at, LanguageTag visitor, @Nullable ZoneId zone) {
		return format("jmm", at, visitor, zone);
	}

	private static String format(String skeleton, Instant at, LanguageTag visitor, @Nullable ZoneId zone) {
		DateFormat format = DateFormat.getInstanceForSkeleton(skeleton, new ULocale(ChatTexts.languageFor(visitor)));
		format.setTimeZone(TimeZone.getTimeZone(zone == null ? "UTC" : zone.getId()));
		return format.format(Date.from(at)) + (zone == null ? " (UTC)" : "");
	}

}
