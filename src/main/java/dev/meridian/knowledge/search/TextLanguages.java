package dev.meridian.knowledge.search;

import java.util.List;

import dev.meridian.markets.LanguageTag;

/**
 * The languages the index analyses with their own rules (stemming, stop words, word
 * segmentation for Japanese, Chinese and Korean, compound splitting for German). Every
 * other language falls back to Unicode word boundaries ({@code std}).
 */
public final class TextLanguages {

	/** Analyser keys: every text field exists once per key, e.g. {@code body_de}. */
	public static final List<String> KEYS = List.of("en", "de", "fr", "es", "pt", "it", "nl", "sv", "pl", "ru", "tr",
			"ar", "he", "ja", "zh", "ko", "std");

	private TextLanguages() {
	}

	public static String key(LanguageTag tag) {
		String language = tag.isUndetermined() ? "std" : tag.language();
		if ("iw".equals(language)) {
			language = "he";
		}
		return KEYS.contains(language) ? language : "std";
	}

	public static String analyzer(String key) {
		return "text_" + key;
	}

	/** Languages written without spaces between words: no fuzzy matching there. */
	public static boolean segmented(String key) {
		return "ja".equals(key) || "zh".equals(key) || "ko".equals(key);
	}

}
