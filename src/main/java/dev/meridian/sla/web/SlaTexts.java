package dev.meridian.sla.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import dev.meridian.DomainException;
import dev.meridian.InvalidValueException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The words of the SLA and calendar admin screens that the message bundles cannot hold
 * alone: durations and times of day in the viewer's language (ICU), and rejected form
 * values explained in the viewer's language where a field has a message of its own.
 * Public for the templates ({@code @slaTexts}).
 */
@Component
public class SlaTexts {

	private final MessageSource messages;

	/** ICU formatters are costly to build: one per language. */
	private final Map<Locale, MeasureFormat> durations = new ConcurrentHashMap<>();

	private final Map<Locale, DateFormat> times = new ConcurrentHashMap<>();

	SlaTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** Minutes as hours and minutes: "4 hr, 30 min", "4 Std., 30 Min.". */
	public String hoursAndMinutes(int minutes) {
		MeasureFormat format = this.durations.computeIfAbsent(locale(),
				l -> MeasureFormat.getInstance(ULocale.forLocale(l), MeasureFormat.FormatWidth.SHORT));
		List<Measure> parts = new ArrayList<>();
		if (minutes >= 60) {
			parts.add(new Measure(minutes / 60, MeasureUnit.HOUR));
		}
		if (minutes % 60 != 0 || minutes < 60) {
			parts.add(new Measure(minutes % 60, MeasureUnit.MINUTE));
		}
		return format.formatMeasures(parts.toArray(Measure[]::new));
	}

	/** A wall-clock time as the viewer reads it: "9:00 AM", "09:00". */
	public String time(LocalTime time) {
		DateFormat format = (DateFormat) this.times
			.computeIfAbsent(locale(), l -> DateFormat.getInstanceForSkeleton("jmm", l))
			.clone();
		format.setTimeZone(TimeZone.GMT_ZONE);
		return format.format(Date.from(time.atDate(java.time.LocalDate.EPOCH).toInstant(ZoneOffset.UTC)));
	}

	public String dayName(DayOfWeek day) {
		return day.getDisplayName(TextStyle.FULL, locale());
	}

	String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale());
	}

	/**
	 * Why a form was rejected, in the viewer's language: the message of the field at
	 * fault ({@code prefix + ".error." + field}, indexes dropped, so
	 * {@code weekly[2].start} finds {@code ...error.start} and gets the row, 2, as its
	 * argument) or of the problem type, else the rule's own English message, which still
	 * says what is wrong.
	 */
	String error(String prefix, DomainException ex) {
		if (ex instanceof InvalidValueException invalid) {
			return this.messages.getMessage(prefix + ".error." + field(invalid.field()),
					new Object[] { index(invalid.field()) }, ex.getMessage(), locale());
		}
		return this.messages.getMessage(prefix + ".error." + ex.type(), null, ex.getMessage(), locale());
	}

	/** The first list index in a field's name ({@code weekly[2].start}: 2), else 0. */
	static int index(String field) {
		int open = field.indexOf('[');
		int close = field.indexOf(']', open + 1);
		if (open < 0 || close < 0) {
			return 0;
		}
		try {
			return Integer.parseInt(field.substring(open + 1, close));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	/** The form field an error belongs to, without list indexes or nesting. */
	static String field(String field) {
		String last = field.substring(field.lastIndexOf('.') + 1);
		int index = last.indexOf('[');
		return index < 0 ? last : last.substring(0, index);
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
