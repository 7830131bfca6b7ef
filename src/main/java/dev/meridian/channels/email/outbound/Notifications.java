package dev.meridian.channels.email.outbound;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * The customer-facing texts of outbound mail, in the ticket's language: message bundles
 * {@code mail/notifications*.properties} looked up along the locale chain (de-CH, de,
 * then the base file; never the server's own locale), formatted with ICU MessageFormat
 * (plurals, numbers and dates as the language writes them).
 */
final class Notifications {

	private static final ResourceBundle.Control NO_SERVER_LOCALE = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private Notifications() {
	}

	static String text(String key, Locale locale, Map<String, Object> arguments) {
		String pattern;
		try {
			pattern = ResourceBundle.getBundle("mail.notifications", locale, NO_SERVER_LOCALE).getString(key);
		}
		catch (MissingResourceException ex) {
			pattern = ResourceBundle.getBundle("mail.notifications", Locale.ROOT, NO_SERVER_LOCALE).getString(key);
		}
		return new MessageFormat(pattern, ULocale.forLocale(locale)).format(arguments);
	}

	/** A date and time as the language writes it, in this zone. */
	static String dateTime(java.time.Instant at, java.time.ZoneId zone, Locale locale) {
		DateFormat format = DateFormat.getInstanceForSkeleton("yMMMMdjmm", ULocale.forLocale(locale));
		format.setTimeZone(TimeZone.getTimeZone(zone.getId()));
		return format.format(java.util.Date.from(at));
	}

	/**
	 * The arguments plus {@code time} and {@code place}: the promised time as the
	 * customer's language writes a weekday, date and time ("lundi 23 mars, 13:00",
	 * "3月23日月曜日 13:00") in their zone, and the zone's city in their language ("Paris",
	 * "東京"), so "(heure de Paris)" says whose clock it is.
	 */
	static Map<String, Object> withPromise(Map<String, Object> arguments, java.time.Instant promised,
			java.time.ZoneId zone, Locale locale) {
		ULocale language = ULocale.forLocale(locale);
		DateFormat format = DateFormat.getInstanceForSkeleton("MMMMdEEEEjmm", language);
		TimeZone timeZone = TimeZone.getTimeZone(zone.getId());
		format.setTimeZone(timeZone);
		String canonical = TimeZone.getCanonicalID(zone.getId());
		String city = canonical == null ? null : TimeZoneNames.getInstance(language).getExemplarLocationName(canonical);
		Map<String, Object> all = new java.util.HashMap<>(arguments);
		all.put("time", format.format(java.util.Date.from(promised)));
		all.put("place", city == null ? zone.getId() : city);
		return all;
	}

}
