package dev.meridian.language;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Suggestions to make a reply easier to read and to translate. Never a verdict: the agent
 * decides.
 *
 * @param language the language checked
 * @param readability the readability score, when there is a formula for the language
 * @param sentences how many sentences
 * @param words how many words
 * @param findings idioms, slang, jargon, long sentences and passive sentences, in text
 * order
 */
public record PlainLanguageReport(String language, @Nullable Readability readability, int sentences, int words,
		List<Finding> findings) {

	public PlainLanguageReport {
		findings = List.copyOf(findings);
	}

	/** What was found. */
	public enum Kind {

		IDIOM, SLANG, JARGON, LONG_SENTENCE,
		/**
		 * A sentence in the passive voice, reported only when a reply is mostly passive.
		 */
		PASSIVE

	}

	/**
	 * One suggestion.
	 *
	 * @param text the phrase or sentence as written
	 * @param start its offset in the text (UTF-16 units)
	 * @param suggestion a plainer way to say it, or null
	 * @param length for a long sentence: how long it is and how long it may be
	 */
	public record Finding(Kind kind, String text, int start, int end, @Nullable String suggestion,
			@Nullable Length length) {

		public Finding(Kind kind, String text, int start, int end, @Nullable String suggestion) {
			this(kind, text, start, end, suggestion, null);
		}

	}

	/**
	 * A sentence's length against the language's limit.
	 *
	 * @param unit {@code words}, or {@code characters} for languages written without
	 * spaces (Japanese)
	 */
	public record Length(int count, int limit, String unit) {
	}

	/**
	 * A readability score on the 0–100 reading-ease scale (higher is easier).
	 *
	 * @param formula the formula used: Flesch reading ease (en), Amstad (de),
	 * Kandel–Moles (fr), Fernández Huerta (es)
	 * @param band {@code easy} (70 and above), {@code standard} (50–70) or
	 * {@code difficult}
	 */
	public record Readability(String formula, double score, String band) {
	}

}
