package dev.meridian.language;

import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

/**
 * A translation and where it came from.
 *
 * @param text the translated text
 * @param from the source language (as given, or detected)
 * @param to the target language
 * @param engine the engine that translated it ({@code none} when source and target are
 * the same language)
 * @param fromMemory whether it came from the translation memory rather than an engine
 * @param pivot the third language translated through, when no engine knew the pair
 * @param corrected whether an agent corrected it
 */
public record Translated(String text, LanguageTag from, LanguageTag to, String engine, boolean fromMemory,
		@Nullable LanguageTag pivot, boolean corrected) {

	public Translated asRemembered() {
		return new Translated(this.text, this.from, this.to, this.engine, true, this.pivot, this.corrected);
	}

}
