package dev.meridian.channels.email.outbound;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.ibm.icu.text.MessageFormat;
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

}
