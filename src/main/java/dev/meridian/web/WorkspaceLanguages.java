package dev.meridian.web;

import java.util.List;
import java.util.Locale;

/**
 * The languages the agent workspace is translated into: each has a complete
 * {@code messages_xx.properties} (checked by {@code MessageBundlesTests}). An agent may
 * have any UI language; one outside this list reads the closest bundle on Java's locale
 * chain ({@code pt-PT} and {@code pt-BR} read {@code messages_pt}, Brazilian Portuguese),
 * else English.
 */
public final class WorkspaceLanguages {

	/** English first: the base bundle. */
	public static final List<Locale> ALL = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.forLanguageTag("es"),
			Locale.forLanguageTag("pt"), Locale.FRENCH, Locale.JAPANESE, Locale.forLanguageTag("ar"));

	private WorkspaceLanguages() {
	}

	/** Whether screens are translated into this language (its region does not matter). */
	public static boolean isTranslated(Locale locale) {
		return ALL.stream().anyMatch(l -> l.getLanguage().equals(locale.getLanguage()));
	}

}
