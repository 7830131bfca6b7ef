package dev.meridian.language.plain;

/**
 * How long a sentence may grow before it reads and translates badly: so many words, or,
 * in a language written without spaces (Japanese), so many characters.
 */
public record SentenceLimit(int max, Unit unit) {

	public SentenceLimit {
		if (max < 1) {
			throw new IllegalArgumentException("A sentence limit is at least 1");
		}
	}

	/** What is counted. */
	public enum Unit {

		WORDS, CHARACTERS

	}

}
