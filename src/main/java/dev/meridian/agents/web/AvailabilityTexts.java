package dev.meridian.agents.web;

import java.text.Collator;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import dev.meridian.InvalidValueException;
import dev.meridian.agents.TimeOff;
import dev.meridian.time.HolidayRegion;
import dev.meridian.time.OpenInterval;
import dev.meridian.web.Languages;
import dev.meridian.web.Times;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Availability in the viewer's language: day names from CLDR (ICU), time off in the
 * viewer's zone, and a rejected value explained from the message bundles rather than in
 * the English the domain speaks. Public only for the template engine, which calls it by
 * reflection.
 */
@Component
public class AvailabilityTexts {

	/** {@code shifts[2].end}: the row and the field within it. */
	private static final Pattern ROW_FIELD = Pattern.compile("([a-zA-Z]+)\\[(\\d+)\\](?:\\.(.+))?");

	private final MessageSource messages;

	private final Languages languages;

	private final Times times;

	private final Map<Locale, String[]> weekdays = new ConcurrentHashMap<>();

	AvailabilityTexts(MessageSource messages, Languages languages, Times times) {
		this.messages = messages;
		this.languages = languages;
		this.times = times;
	}

	/** A field the viewer got wrong, and why, in their language. */
	public record Problem(String field, String message) {

		/** The shift row at fault, or -1 when the error is not about one row. */
		public int row() {
			Matcher matcher = ROW_FIELD.matcher(this.field);
			return matcher.matches() ? Integer.parseInt(matcher.group(2)) : -1;
		}

		public boolean is(String name) {
			return this.field.equals(name) || this.field.endsWith("." + name);
		}

	}

	/** A country to pick for the holiday region, named in the viewer's language. */
	public record Country(String code, String name) {
	}

	/**
	 * The viewer's message for the field ({@code availability.problem.shifts.end} for
	 * {@code shifts[2].end}), with the domain's own words as a last resort.
	 */
	Problem problem(InvalidValueException ex) {
		Matcher matcher = ROW_FIELD.matcher(ex.field());
		String key = matcher.matches() ? matcher.group(1) + (matcher.group(3) == null ? "" : "." + matcher.group(3))
				: ex.field();
		Object row = matcher.matches() ? Integer.parseInt(matcher.group(2)) + 1 : "";
		Locale locale = LocaleContextHolder.getLocale();
		String fallback = this.messages.getMessage("availability.problem.other", new Object[] { ex.getMessage() },
				locale);
		return new Problem(ex.field(),
				this.messages.getMessage("availability.problem." + key, new Object[] { row }, fallback, locale));
	}

	public String dayName(DayOfWeek day) {
		String[] names = this.weekdays.computeIfAbsent(LocaleContextHolder.getLocale(),
				l -> DateFormatSymbols.getInstance(ULocale.forLocale(l))
					.getWeekdays(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE));
		// ICU numbers days from Sunday = 1.
		return names[day.getValue() % 7 + 1];
	}

	public String dayName(String day) {
		try {
			return dayName(DayOfWeek.valueOf(day));
		}
		catch (IllegalArgumentException ex) {
			return day;
		}
	}

	/** "Monday 22:00–02:00 (next day)": wall-clock times on the agent's own clock. */
	public String shift(OpenInterval shift) {
		String text = dayName(shift.day()) + " " + time(shift.start()) + "–" + time(shift.end());
		return shift.end().isAfter(shift.start()) ? text
				: text + " " + this.messages.getMessage("availability.nextDay", null, LocaleContextHolder.getLocale());
	}

	public String time(LocalTime time) {
		return String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
	}

	public String region(HolidayRegion region) {
		String country = this.languages.country(region.country().value());
		return region.subdivision() == null ? country : country + " (" + region + ")";
	}

	/** Whole days as dates (the agent's days), a span in the viewer's zone. */
	public String timeOff(TimeOff off) {
		if (off.isWholeDays()) {
			String first = this.times.date(off.firstDay().orElseThrow());
			return off.firstDay().equals(off.lastDay()) ? first
					: first + " – " + this.times.date(off.lastDay().orElseThrow());
		}
		return this.times.dateTime(off.startsAt().orElseThrow()) + " – "
				+ this.times.dateTime(off.endsAt().orElseThrow());
	}

	List<Country> countries() {
		Collator collator = Collator.getInstance(LocaleContextHolder.getLocale());
		return Arrays.stream(Locale.getISOCountries())
			.map(code -> new Country(code, this.languages.country(code)))
			.sorted(Comparator.comparing(Country::name, collator))
			.toList();
	}

}
