package dev.meridian.web;

import java.util.Locale;

import com.ibm.icu.util.ULocale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names languages and countries in the viewer's language ("Japanisch", "Brasilien"). Used
 * in templates as {@code @languages}.
 */
@Component("languages")
public class Languages {

	public String name(String languageTag) {
		if ("und".equals(languageTag)) {
			return "?";
		}
		return ULocale.forLanguageTag(languageTag).getDisplayName(ULocale.forLocale(viewer()));
	}

	public String country(String countryCode) {
		return new ULocale("", countryCode).getDisplayCountry(ULocale.forLocale(viewer()));
	}

	private static Locale viewer() {
		return LocaleContextHolder.getLocale();
	}

}
