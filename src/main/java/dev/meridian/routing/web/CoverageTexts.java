package dev.meridian.routing.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import dev.meridian.routing.CoverageWeek;
import dev.meridian.web.Languages;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Coverage in words, in the viewer's language: day names and hours from CLDR (ICU), the
 * sentence from the message bundles: "no Japanese speaker Mon–Fri 02:00–06:00
 * (Asia/Tokyo)". Public only for the template engine, which calls it by reflection.
 */
@Component
public class CoverageTexts {

	private final MessageSource messages;

	private final Languages languages;

	private final java.util.Map<Locale, String[]> weekdays = new java.util.concurrent.ConcurrentHashMap<>();

	CoverageTexts(MessageSource messages, Languages languages) {
		this.messages = messages;
		this.languages = languages;
	}

	public String gap(CoverageWeek.Gap gap, ZoneId zone) {
		Locale locale = LocaleContextHolder.getLocale();
		String days = gap.firstDay().equals(gap.lastDay()) ? dayName(gap.firstDay(), locale)
				: dayName(gap.firstDay(), locale) + "–" + dayName(gap.lastDay(), locale);
		return this.messages.getMessage("coverage.gap", new Object[] { this.languages.name(gap.language()), days,
				hour(gap.fromHour(), locale), hour(gap.toHour(), locale), zone.getId() }, locale);
	}

	public String languageName(String language) {
		return this.languages.name(language);
	}

	/** Abbreviated day names from Monday, for the grid's rows. */
	public String dayName(LocalDate date, Locale locale) {
		String[] names = this.weekdays.computeIfAbsent(locale, l -> DateFormatSymbols.getInstance(ULocale.forLocale(l))
			.getWeekdays(DateFormatSymbols.FORMAT, DateFormatSymbols.ABBREVIATED));
		// ICU numbers days from Sunday = 1.
		return names[date.getDayOfWeek().getValue() % 7 + 1];
	}

	public String dayName(LocalDate date) {
		return dayName(date, LocaleContextHolder.getLocale());
	}

	/** An hour of the day on the viewer's clock style; the end of the day is 24:00. */
	public String hour(int hour, Locale locale) {
		if (hour == 24) {
			return "24:00";
		}
		DateFormat format = DateFormat.getInstanceForSkeleton("Hmm", ULocale.forLocale(locale));
		format.setTimeZone(TimeZone.GMT_ZONE);
		return format.format(new Date(hour * 3_600_000L));
	}

	public String hour(int hour) {
		return hour(hour, LocaleContextHolder.getLocale());
	}

}
