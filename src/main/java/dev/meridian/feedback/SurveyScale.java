package dev.meridian.feedback;

import java.util.List;
import java.util.Locale;

import dev.meridian.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * The answers a survey offers and what each means. Scores are stored on one scale per
 * kind so reports compare like with like: CSAT 1–5 (good, okay and bad are 5, 3 and 1),
 * NPS 0–10.
 */
public enum SurveyScale {

	/** CSAT, 1 (very dissatisfied) to 5 (very satisfied). */
	FIVE(List.of("5", "4", "3", "2", "1")),

	/** CSAT in three words: good, okay, bad. */
	THREE(List.of("good", "okay", "bad")),

	/** NPS: how likely, 0 to 10, to recommend us. */
	NPS(List.of("10", "9", "8", "7", "6", "5", "4", "3", "2", "1", "0"));

	private final List<String> choices;

	SurveyScale(List<String> choices) {
		this.choices = choices;
	}

	/** The answers offered, best first, as they are posted. */
	public List<String> choices() {
		return this.choices;
	}

	/**
	 * The score a posted rating stands for.
	 * @param rating a number or a numeric string (1–5, 0–10) or, on a CSAT scale, a word
	 * (good, okay, bad)
	 * @throws InvalidValueException (field {@code rating}) when the rating is missing or
	 * not on this scale
	 */
	public int score(@Nullable Object rating) {
		if (rating == null) {
			throw new InvalidValueException("rating",
					"A rating is required: one of " + String.join(", ", this.choices));
		}
		String text = rating.toString().strip().toLowerCase(Locale.ROOT);
		// The three words are understood on either CSAT scale, so a client need not know
		// which one is configured; on the three-word scale 5, 3 and 1 are the words.
		if (this != NPS) {
			switch (text) {
				case "good":
					return 5;
				case "okay":
					return 3;
				case "bad":
					return 1;
				default:
					if (this == THREE && !text.equals("5") && !text.equals("3") && !text.equals("1")) {
						throw outOfRange(text);
					}
			}
		}
		int score;
		try {
			score = Integer.parseInt(text);
		}
		catch (NumberFormatException ex) {
			throw outOfRange(text);
		}
		int min = this == NPS ? 0 : 1;
		int max = this == NPS ? 10 : 5;
		if (score < min || score > max) {
			throw outOfRange(text);
		}
		return score;
	}

	/** The posted answer a score stands for (the inverse of {@link #score}). */
	public String choiceOf(int score) {
		if (this == THREE) {
			return score >= 5 ? "good" : score >= 3 ? "okay" : "bad";
		}
		return Integer.toString(score);
	}

	/** CSAT: a positive rating (4–5, good); NPS: a promoter (9–10). */
	public boolean satisfied(int score) {
		return this == NPS ? score >= 9 : score >= 4;
	}

	/**
	 * A rating that asks for a reason and reaches a supervisor: CSAT 1–2 (bad), an NPS
	 * detractor (0–6).
	 */
	public boolean low(int score) {
		return this == NPS ? score <= 6 : score <= 2;
	}

	public SurveyKind kind() {
		return this == NPS ? SurveyKind.NPS : SurveyKind.CSAT;
	}

	private InvalidValueException outOfRange(String given) {
		return new InvalidValueException("rating",
				"'" + given + "' is not on this survey's scale: one of " + String.join(", ", this.choices));
	}

}
