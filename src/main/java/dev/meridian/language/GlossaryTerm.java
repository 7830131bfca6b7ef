package dev.meridian.language;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A glossary entry for a language pair: the term is kept as it is (a brand or product
 * name) when {@code replacement} is empty, otherwise always rendered as the replacement.
 *
 * @param from the source language (its base language, e.g. {@code en})
 * @param to the target language, or {@code *} for every target
 */
public record GlossaryTerm(UUID id, String from, String to, String term, @Nullable String replacement) {

	public boolean keepsTerm() {
		return this.replacement == null;
	}

	/** What the term becomes in the translation. */
	public String rendered() {
		return this.replacement == null ? this.term : this.replacement;
	}

}
