package dev.meridian.markets;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;

import dev.meridian.InvalidValueException;

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

	public Locale locale() {
		return Locale.forLanguageTag(this.value);
	}

	/** The language alone, without region or script: {@code pt} for {@code pt-BR}. */
	public String language() {
		return locale().getLanguage();
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
