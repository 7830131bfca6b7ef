package dev.meridian.tickets.reviews;

import java.util.EnumMap;
import java.util.Map;

import dev.meridian.InvalidValueException;

/**
 * A review's scores, one per {@link Criterion}, each from {@link #MIN} to {@link #MAX}.
 */
public record Scores(int correct, int clear, int empathetic, int culturallyAppropriate, int followedPlaybook) {

	public static final int MIN = 1;

	public static final int MAX = 5;

	public Scores {
		check(Criterion.CORRECT, correct);
		check(Criterion.CLEAR, clear);
		check(Criterion.EMPATHETIC, empathetic);
		check(Criterion.CULTURALLY_APPROPRIATE, culturallyAppropriate);
		check(Criterion.FOLLOWED_PLAYBOOK, followedPlaybook);
	}

	public int of(Criterion criterion) {
		return switch (criterion) {
			case CORRECT -> this.correct;
			case CLEAR -> this.clear;
			case EMPATHETIC -> this.empathetic;
			case CULTURALLY_APPROPRIATE -> this.culturallyAppropriate;
			case FOLLOWED_PLAYBOOK -> this.followedPlaybook;
		};
	}

	/** The mean of the five scores. */
	public double overall() {
		return (this.correct + this.clear + this.empathetic + this.culturallyAppropriate + this.followedPlaybook) / 5.0;
	}

	/** Each criterion's score, in the rubric's order. */
	public Map<Criterion, Integer> asMap() {
		Map<Criterion, Integer> map = new EnumMap<>(Criterion.class);
		for (Criterion criterion : Criterion.values()) {
			map.put(criterion, of(criterion));
		}
		return map;
	}

	private static void check(Criterion criterion, int score) {
		if (score < MIN || score > MAX) {
			throw new InvalidValueException("scores." + criterion.key(),
					"A score is from " + MIN + " to " + MAX + ", not " + score);
		}
	}

}
