package dev.meridian.markets;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;

import dev.meridian.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * A well-formed BCP 47 language tag whose language subtag is an assigned ISO 639 code, in
 * canonical case ({@code pt-BR}, {@code zh-Hant-TW}). {@code und} stands for a language
 * not (yet) known: Meridian never guesses English.
 */
public record LanguageTag(String value) {

	public static final LanguageTag UNDETERMINED = new LanguageTag("und");

	private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

	public LanguageTag {
		value = canonical(value);
	}

	/** Parses a tag, naming {@code field} in the error when it is not acceptable. */
	public static LanguageTag parse(String field, String tag) {
		try {
			return new LanguageTag(tag);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidValueException(field, ex.getMessage());
		}
	}

	/**
	 * Reads a tag stored earlier (a column, a search index, a setting written by an older
	 * version): never fails. A value that is missing, empty, not well-formed or no longer
	 * names a known language reads as {@code und}, so one odd row cannot break a screen
	 * or a search; legacy forms such as {@code pt_BR} or {@code iw} read as today's tag.
	 */
	public static LanguageTag read(@Nullable String stored) {
		if (stored == null || stored.isBlank()) {
			return UNDETERMINED;
		}
		try {
			return new LanguageTag(stored);
		}
		catch (IllegalArgumentException ex) {
			return UNDETERMINED;
		}
	}

	public Locale locale() {
		return Locale.forLanguageTag(this.value);
	}

	/**
	 * The language alone, without region or script: {@code pt} for {@code pt-BR};
	 * {@code und} when the language is not known (Java's locale would say "" there, which
	 * no tag accepts).
	 */
	public String language() {
		return isUndetermined() ? "und" : locale().getLanguage();
	}

	public boolean isUndetermined() {
		return "und".equals(this.value);
	}

	@Override
	public String toString() {
		return this.value;
	}

	private static String canonical(String tag) {
		if (tag == null || tag.isBlank()) {
			throw new IllegalArgumentException("A language tag must not be empty");
		}
		String trimmed = tag.strip().replace('_', '-');
		if ("und".equalsIgnoreCase(trimmed)) {
			return "und";
		}
		Locale locale;
		try {
			locale = new Locale.Builder().setLanguageTag(trimmed).build();
		}
		catch (IllformedLocaleException ex) {
			throw new IllegalArgumentException("'" + tag + "' is not a well-formed BCP 47 language tag");
		}
		String language = locale.getLanguage();
		boolean known = language.length() == 2 ? ISO_639_1.contains(language) : isKnownThreeLetter(locale);
		if (!known) {
			throw new IllegalArgumentException("'" + tag + "' does not name a known language (ISO 639)");
		}
		return locale.toLanguageTag();
	}

	/** ICU knows a display name for every assigned ISO 639-2/3 code it ships data for. */
	private static boolean isKnownThreeLetter(Locale locale) {
		String language = locale.getLanguage();
		return language.length() == 3
				&& !com.ibm.icu.util.ULocale.getDisplayLanguage(language, com.ibm.icu.util.ULocale.ENGLISH)
					.equals(language);
	}

}
