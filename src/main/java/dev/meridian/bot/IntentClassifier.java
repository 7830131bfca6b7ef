package dev.meridian.bot;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import dev.meridian.bot.intents.IntentExample;
import dev.meridian.bot.intents.IntentExamples;
import dev.meridian.bot.intents.IntentModel;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Recognises what a customer wants from a short text in any shipped language: a person,
 * their order's status, a return, why they paid duties, a greeting or thanks. Trained at
 * start-up from the examples in {@code bot/intents/}; see {@link IntentModel}.
 */
@Component
public class IntentClassifier {

	private final IntentModel model;

	private final double threshold;

	private final List<String> languages;

	@Autowired
	IntentClassifier(BotSettings settings) {
		this(IntentExamples.shipped(), settings.intentThreshold());
	}

	/** A classifier outside the application, for tests and evaluations. */
	public IntentClassifier(List<IntentExample> examples, double threshold) {
		this.model = IntentModel.train(examples);
		this.threshold = threshold;
		this.languages = List.copyOf(new TreeSet<>(examples.stream().map(IntentExample::language).toList()));
	}

	public static IntentClassifier shipped(double threshold) {
		return new IntentClassifier(IntentExamples.shipped(), threshold);
	}

	/** The languages with examples. */
	public List<String> languages() {
		return this.languages;
	}

	/**
	 * The intent of a text, if one is clear. A hand-off keyword decides at once;
	 * otherwise the nearest example must be close enough and not a counter-example. A
	 * greeting or thanks counts only when nothing else does ("thanks, where is my order?"
	 * is about the order).
	 */
	public Optional<IntentMatch> classify(String text) {
		Optional<IntentExample> keyword = this.model.keyword(text);
		if (keyword.isPresent() && keyword.get().intent() != null) {
			IntentExample found = keyword.get();
			return Intent.of(found.intent())
				.map(intent -> new IntentMatch(intent, 1, found.language(), found.phrase()));
		}
		List<IntentModel.Score> scores = this.model.scores(text);
		if (scores.isEmpty() || scores.get(0).similarity() < this.threshold) {
			return Optional.empty();
		}
		IntentModel.Score top = scores.get(0);
		if (top.intent() == null) {
			return Optional.empty();
		}
		IntentModel.Score chosen = top;
		if (Intent.of(top.intent()).map(Intent::isSmallTalk).orElse(false)) {
			for (IntentModel.Score score : scores) {
				if (score.intent() == null || score.similarity() < this.threshold) {
					break;
				}
				if (!Intent.of(score.intent()).map(Intent::isSmallTalk).orElse(true)) {
					chosen = score;
					break;
				}
			}
		}
		IntentModel.Score decided = chosen;
		return Intent.of(decided.intent())
			.map(intent -> new IntentMatch(intent, decided.similarity(), decided.nearest().language(),
					decided.nearest().phrase()));
	}

}
