package dev.meridian.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Locale;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.text.TimeZoneFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats times for screens, always in the viewer's zone and language (ICU, CLDR data):
 * "22 Nov 2026, 14:05", "3 hours ago", and another person's local time with their zone's
 * name. Used in templates as {@code @times}.
 */
@Component("times")
public class Times {

	private final Clock clock;

	Times(Clock clock) {
		this.clock = clock;
	}

	/** Date and time in the viewer's zone. */
	public String dateTime(@Nullable Instant instant) {
		if (instant == null) {
			return "";
		}
		DateFormat format = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, locale());
		format.setTimeZone(TimeZone.getTimeZone(viewerZone().getId()));
		return format.format(Date.from(instant));
	}

	/** ISO-8601 with the viewer's offset, for {@code <time datetime>}. */
	public String iso(@Nullable Instant instant) {
		return instant == null ? "" : ZonedDateTime.ofInstant(instant, viewerZone()).toOffsetDateTime().toString();
	}

	/** How long ago, in words: "3 hours ago", "vor 3 Stunden". */
	public String ago(@Nullable Instant instant) {
		if (instant == null) {
			return "";
		}
		Duration age = Duration.between(instant, this.clock.instant());
		RelativeDateTimeFormatter formatter = RelativeDateTimeFormatter.getInstance(locale());
		long seconds = Math.max(0, age.getSeconds());
		if (seconds < 60) {
			return formatter.format(RelativeDateTimeFormatter.Direction.PLAIN,
					RelativeDateTimeFormatter.AbsoluteUnit.NOW);
		}
		if (seconds < 3600) {
			return formatter.format(seconds / 60.0 < 1 ? 1 : Math.floor(seconds / 60.0),
					RelativeDateTimeFormatter.Direction.LAST, RelativeDateTimeFormatter.RelativeUnit.MINUTES);
		}
		if (seconds < 86_400) {
			return formatter.format(Math.floor(seconds / 3600.0), RelativeDateTimeFormatter.Direction.LAST,
					RelativeDateTimeFormatter.RelativeUnit.HOURS);
		}
		return formatter.format(Math.floor(seconds / 86_400.0), RelativeDateTimeFormatter.Direction.LAST,
				RelativeDateTimeFormatter.RelativeUnit.DAYS);
	}

	/** Someone else's local time now, e.g. "Tue 03:12". */
	public String localTimeIn(ZoneId zone) {
		DateFormat format = DateFormat.getInstanceForSkeleton("EEEjmm", ULocale.forLocale(locale()));
		format.setTimeZone(TimeZone.getTimeZone(zone.getId()));
		return format.format(Date.from(this.clock.instant()));
	}

	/**
	 * A zone's name in the viewer's language with its current offset: "Japan Time
	 * (GMT+9)".
	 */
	public String zoneName(ZoneId zone) {
		TimeZoneFormat names = TimeZoneFormat.getInstance(ULocale.forLocale(locale()));
		TimeZone timeZone = TimeZone.getTimeZone(zone.getId());
		long now = this.clock.millis();
		String generic = names.format(TimeZoneFormat.Style.GENERIC_LOCATION, timeZone, now);
		String offset = names.format(TimeZoneFormat.Style.LOCALIZED_GMT_SHORT, timeZone, now);
		return generic + " (" + offset + ")";
	}

	/**
	 * Whether it is night (22:00–07:00) in that zone now: don't expect a quick answer.
	 */
	public boolean isNightIn(ZoneId zone) {
		int hour = ZonedDateTime.ofInstant(this.clock.instant(), zone).getHour();
		return hour >= 22 || hour < 7;
	}

	/** The viewer's own zone. */
	public ZoneId viewerZone() {
		Viewer viewer = ViewerLocaleResolver.currentViewer();
		return viewer == null ? ZoneId.of("UTC") : viewer.zone();
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
