package dev.meridian.bot.answers;

/**
 * How sure the bot is that an article answers a question, from 0 to 1, out of three
 * signals that each catch a different way of being wrong:
 * <ul>
 * <li><b>coverage</b>: the share of the question's content words the article holds (in
 * any of its versions, or matched through the search's query translation). A question
 * about gift cards that matches only "order" covers little;</li>
 * <li><b>margin</b>: how far the article's score is ahead of the next article's. Two
 * articles nearly tied mean the question is ambiguous;</li>
 * <li><b>strength</b>: the search score itself, squashed; a weak score means few or rare
 * matches.</li>
 * </ul>
 * A logistic combination with weights fitted on {@code bench/bot-eval} (see docs/bot.md);
 * the answer threshold in {@code BotSettings} is then a probability-like cut.
 */
public record AnswerConfidence(double coverage, double margin, double strength, double value) {

	static final double BIAS = -7.25;

	static final double COVERAGE_WEIGHT = 6.7;

	static final double MARGIN_WEIGHT = 1.0;

	static final double STRENGTH_WEIGHT = 7.3;

	/** The score at which strength reaches one half. */
	static final double SCORE_SCALE = 8.0;

	/**
	 * @param score the article's search score
	 * @param next the next article's score, 0 when none
	 * @param coverage the share of the question's content words covered, 0 to 1
	 */
	public static AnswerConfidence of(double score, double next, double coverage) {
		double margin = score <= 0 ? 0 : Math.max(0, Math.min(1, 1 - next / score));
		double strength = score <= 0 ? 0 : score / (score + SCORE_SCALE);
		double clampedCoverage = Math.max(0, Math.min(1, coverage));
		double logit = BIAS + COVERAGE_WEIGHT * clampedCoverage + MARGIN_WEIGHT * margin + STRENGTH_WEIGHT * strength;
		return new AnswerConfidence(clampedCoverage, margin, strength, 1 / (1 + Math.exp(-logit)));
	}

	/** Rounded to three decimals for the API. */
	public double rounded() {
		return Math.round(this.value * 1000) / 1000.0;
	}

}
