package dev.meridian.tickets;

import java.util.Locale;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.ULocale;
import dev.meridian.web.Languages;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Puts a stored assignment reason into the reader's language: the pattern from the
 * message bundles, language names and zone cities from CLDR.
 */
@Component
public class AssignmentReasons {

	private final MessageSource messages;

	private final Languages languages;

	AssignmentReasons(MessageSource messages, Languages languages) {
		this.messages = messages;
		this.languages = languages;
	}

	/** The reason in the current request's language. */
	public String text(AssignmentReason reason) {
		Locale locale = LocaleContextHolder.getLocale();
		Object[] arguments = reason.arguments().stream().map(argument -> argument(argument, locale)).toArray();
		return this.messages.getMessage(reason.code(), arguments, reason.code(), locale);
	}

	private Object argument(String argument, Locale locale) {
		if (argument.startsWith(AssignmentReason.LANGUAGE)) {
			return this.languages.name(argument.substring(AssignmentReason.LANGUAGE.length()));
		}
		if (argument.startsWith(AssignmentReason.PROFICIENCY)) {
			String level = argument.substring(AssignmentReason.PROFICIENCY.length());
			return this.messages.getMessage("proficiency." + level, null, level, locale);
		}
		if (argument.startsWith(AssignmentReason.ZONE)) {
			String zone = argument.substring(AssignmentReason.ZONE.length());
			String city = TimeZoneNames.getInstance(ULocale.forLocale(locale)).getExemplarLocationName(zone);
			return city == null ? zone : city;
		}
		if (argument.matches("-?\\d{1,9}")) {
			// A count: the pattern chooses the plural form and digits for the locale.
			return Integer.valueOf(argument);
		}
		return argument;
	}

}
