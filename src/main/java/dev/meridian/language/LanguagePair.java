package dev.meridian.language;

import dev.meridian.markets.LanguageTag;

/**
 * A direction of translation, from one language to another.
 */
public record LanguagePair(LanguageTag from, LanguageTag to) {

	public LanguagePair {
		if (from.isUndetermined() || to.isUndetermined()) {
			throw new IllegalArgumentException("A language pair needs two known languages");
		}
	}

	public static LanguagePair of(String from, String to) {
		return new LanguagePair(new LanguageTag(from), new LanguageTag(to));
	}

	/** Same language, maybe another region: {@code pt-BR} to {@code pt-PT} is no pair. */
	public boolean isSameLanguage() {
		return this.from.language().equals(this.to.language());
	}

	@Override
	public String toString() {
		return this.from + "→" + this.to;
	}

}
