package dev.meridian.web;

import java.util.Locale;

import com.ibm.icu.util.ULocale;

import org.springframework.stereotype.Component;

/**
 * Which way a language is written, from CLDR's likely script for it (ICU): Arabic,
 * Hebrew, Persian, Urdu, Kurdish (Sorani) and the like are right to left. Templates ask
 * it for the page's {@code dir} ({@code th:dir="${@textDirection.of(#locale)}"}), so a
 * workspace in Arabic mirrors as a whole.
 */
@Component("textDirection")
public class TextDirection {

	/** {@code rtl} or {@code ltr}, as HTML's {@code dir} attribute wants it. */
	public String of(Locale locale) {
		return isRightToLeft(locale) ? "rtl" : "ltr";
	}

	public static boolean isRightToLeft(Locale locale) {
		return !locale.getLanguage().isEmpty() && ULocale.forLocale(locale).isRightToLeft();
	}

}
