package dev.meridian.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
 * <p>
 * Building an ICU formatter costs far more than using one, and an inbox formats hundreds
 * of times per page, so formatters are built once per locale: the immutable ones are
 * shared, the others ({@link DateFormat}) cloned from a cached prototype.
 */
@Component("times")
public class Times {

	private final Clock clock;

	private final Map<Locale, DateFormat> dateTimeFormats = new ConcurrentHashMap<>();

	private final Map<Locale, DateFormat> weekdayTimeFormats = new ConcurrentHashMap<>();

	private final Map<Locale, DateFormat> weekdayDateFormats = new ConcurrentHashMap<>();

	private final Map<Locale, RelativeDateTimeFormatter> relativeFormats = new ConcurrentHashMap<>();

	private final Map<Locale, TimeZoneFormat> zoneFormats = new ConcurrentHashMap<>();

	Times(Clock clock) {
		this.clock = clock;
	}

	/** Date and time in the viewer's zone. */
	public String dateTime(@Nullable Instant instant) {
		if (instant == null) {
			return "";
		}
		DateFormat format = (DateFormat) this.dateTimeFormats
			.computeIfAbsent(locale(), l -> DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, l))
			.clone();
		format.setTimeZone(TimeZone.getTimeZone(viewerZone().getId()));
		return format.format(Date.from(instant));
	}

	/**
	 * Date and time where something happened, with that place's offset at that moment:
	 * "Dec 5, 2026, 11:10 PM GMT+9". A parcel scanned in Tokyo late in the evening reads
	 * so for the agent as it does for the customer who watched the tracking page.
	 */
	public String dateTimeIn(@Nullable Instant instant, @Nullable ZoneId zone) {
		if (instant == null || zone == null) {
			return "";
		}
		// ICU knows IANA ids and "GMT+09:00", not java.time's bare "+09:00".
		String id = zone instanceof java.time.ZoneOffset offset
				? (offset.getTotalSeconds() == 0 ? "UTC" : "GMT" + offset.getId()) : zone.getId();
		TimeZone timeZone = TimeZone.getTimeZone(id);
		DateFormat format = (DateFormat) this.dateTimeFormats
			.computeIfAbsent(locale(), l -> DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, l))
			.clone();
		format.setTimeZone(timeZone);
		TimeZoneFormat names = this.zoneFormats.computeIfAbsent(locale(),
				l -> TimeZoneFormat.getInstance(ULocale.forLocale(l)));
		return format.format(Date.from(instant)) + " "
				+ names.format(TimeZoneFormat.Style.LOCALIZED_GMT_SHORT, timeZone, instant.toEpochMilli());
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
		RelativeDateTimeFormatter formatter = this.relativeFormats.computeIfAbsent(locale(),
				RelativeDateTimeFormatter::getInstance);
		long seconds = Math.max(0, Duration.between(instant, this.clock.instant()).getSeconds());
		if (seconds < 60) {
			return formatter.format(RelativeDateTimeFormatter.Direction.PLAIN,
					RelativeDateTimeFormatter.AbsoluteUnit.NOW);
		}
		if (seconds < 3600) {
			return formatter.format(seconds / 60, RelativeDateTimeFormatter.Direction.LAST,
					RelativeDateTimeFormatter.RelativeUnit.MINUTES);
		}
		if (seconds < 86_400) {
			return formatter.format(seconds / 3600, RelativeDateTimeFormatter.Direction.LAST,
					RelativeDateTimeFormatter.RelativeUnit.HOURS);
		}
		return formatter.format(seconds / 86_400, RelativeDateTimeFormatter.Direction.LAST,
				RelativeDateTimeFormatter.RelativeUnit.DAYS);
	}

	/** Someone else's local time now, e.g. "Tue 03:12". */
	public String localTimeIn(ZoneId zone) {
		DateFormat format = (DateFormat) this.weekdayTimeFormats
			.computeIfAbsent(locale(), l -> DateFormat.getInstanceForSkeleton("EEEjmm", l))
			.clone();
		format.setTimeZone(TimeZone.getTimeZone(zone.getId()));
		return format.format(Date.from(this.clock.instant()));
	}

	/**
	 * A calendar date in the viewer's language, with its weekday: "Mon, 23 Mar 2026",
	 * "Mo., 23. März 2026". A date has no zone: it is the date where it was taken.
	 */
	public String date(java.time.LocalDate date) {
		DateFormat format = (DateFormat) this.weekdayDateFormats
			.computeIfAbsent(locale(), l -> DateFormat.getInstanceForSkeleton("yMMMdEEE", l))
			.clone();
		format.setTimeZone(TimeZone.GMT_ZONE);
		return format.format(Date.from(date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
	}

	/**
	 * A zone's name in the viewer's language with its current offset: "Japan Time
	 * (GMT+9)".
	 */
	public String zoneName(ZoneId zone) {
		TimeZoneFormat names = this.zoneFormats.computeIfAbsent(locale(),
				l -> TimeZoneFormat.getInstance(ULocale.forLocale(l)));
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
