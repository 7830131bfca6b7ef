package dev.meridian.web;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.util.ULocale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names languages and countries in the viewer's language ("Japanisch", "Brasilien"). Used
 * in templates as {@code @languages}. Names are looked up once per pair and kept: the set
 * of languages and viewer locales is small.
 */
@Component("languages")
public class Languages {

	private final Map<String, String> names = new ConcurrentHashMap<>();

	public String name(String languageTag) {
		if ("und".equals(languageTag)) {
			return "?";
		}
		Locale viewer = viewer();
		return this.names.computeIfAbsent("language:" + languageTag + ">" + viewer.toLanguageTag(),
				key -> ULocale.forLanguageTag(languageTag).getDisplayName(ULocale.forLocale(viewer)));
	}

	public String country(String countryCode) {
		Locale viewer = viewer();
		return this.names.computeIfAbsent("country:" + countryCode + ">" + viewer.toLanguageTag(),
				key -> new ULocale("", countryCode).getDisplayCountry(ULocale.forLocale(viewer)));
	}

	private static Locale viewer() {
		return LocaleContextHolder.getLocale();
	}

}
