package dev.meridian.bot.intents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A nearest-example classifier over TF-IDF weighted {@link TextFeatures}: a text gets,
 * for each intent, the cosine similarity of its nearest example, and the intent of the
 * nearest example overall wins when it is close enough. Counter-examples (questions that
 * mean no intent, e.g. "how long does delivery to Japan take") compete like intents, so a
 * question near them is no intent. Keywords decide by themselves.
 * <p>
 * Training is counting: document frequencies over the examples, then one weighted vector
 * per example, kept in an inverted index so a text is compared with every example in one
 * pass over its own features. Explainable: every decision names its example.
 */
public final class IntentModel {

	/** How a text scored against one intent (null intent: the counter-examples). */
	public record Score(@Nullable String intent, double similarity, IntentExample nearest) {
	}

	private record Posting(int example, double weight) {
	}

	private final List<IntentExample> examples = new ArrayList<>();

	private final List<IntentExample> keywords = new ArrayList<>();

	private final Map<String, Double> idf = new HashMap<>();

	private final Map<String, List<Posting>> index = new HashMap<>();

	private IntentModel() {
	}

	public static IntentModel train(List<IntentExample> lines) {
		IntentModel model = new IntentModel();
		List<Map<String, Integer>> counts = new ArrayList<>();
		Map<String, Integer> documentFrequency = new HashMap<>();
		for (IntentExample line : lines) {
			if (line.keyword()) {
				model.keywords.add(new IntentExample(line.language(), line.intent(),
						TextFeatures.normalized(line.phrase()), true));
				continue;
			}
			Map<String, Integer> features = TextFeatures.of(line.phrase());
			if (features.isEmpty()) {
				continue;
			}
			model.examples.add(line);
			counts.add(features);
			features.keySet().forEach(feature -> documentFrequency.merge(feature, 1, Integer::sum));
		}
		int n = model.examples.size();
		documentFrequency.forEach((feature, df) -> model.idf.put(feature, Math.log((n + 1.0) / (df + 1.0)) + 1));
		for (int i = 0; i < n; i++) {
			Map<String, Double> vector = model.vector(counts.get(i));
			for (Map.Entry<String, Double> entry : vector.entrySet()) {
				model.index.computeIfAbsent(entry.getKey(), key -> new ArrayList<>())
					.add(new Posting(i, entry.getValue()));
			}
		}
		return model;
	}

	public int size() {
		return this.examples.size();
	}

	/** A keyword of an intent that occurs in the text, if any (hand-off first). */
	public Optional<IntentExample> keyword(String text) {
		String normalized = TextFeatures.normalized(text);
		return this.keywords.stream()
			.filter(keyword -> TextFeatures.contains(normalized, keyword.phrase()))
			.min(Comparator.comparing((IntentExample keyword) -> !"handoff".equals(keyword.intent()))
				.thenComparing(keyword -> -keyword.phrase().length()));
	}

	/** Each intent's nearest example (and the counter-examples'), best first. */
	public List<Score> scores(String text) {
		Map<String, Double> query = vector(TextFeatures.of(text));
		Map<Integer, Double> dots = new HashMap<>();
		query.forEach((feature, weight) -> {
			for (Posting posting : this.index.getOrDefault(feature, List.of())) {
				dots.merge(posting.example(), weight * posting.weight(), Double::sum);
			}
		});
		Map<String, Score> best = new LinkedHashMap<>();
		dots.forEach((example, similarity) -> {
			IntentExample nearest = this.examples.get(example);
			String key = nearest.intent() == null ? "" : nearest.intent();
			Score current = best.get(key);
			if (current == null || similarity > current.similarity()) {
				best.put(key, new Score(nearest.intent(), Math.min(1, similarity), nearest));
			}
		});
		return best.values().stream().sorted(Comparator.comparingDouble(Score::similarity).reversed()).toList();
	}

	/** Unit-length TF-IDF vector; features never seen in training carry no weight. */
	private Map<String, Double> vector(Map<String, Integer> counts) {
		Map<String, Double> vector = new HashMap<>();
		double norm = 0;
		for (Map.Entry<String, Integer> entry : counts.entrySet()) {
			Double weight = this.idf.get(entry.getKey());
			if (weight == null) {
				// Unknown features still lengthen the text: a long question that shares
				// a few n-grams with "hi" is not a greeting.
				weight = Math.log(this.examples.size() + 1.0) + 1;
				double value = (1 + Math.log(entry.getValue())) * weight;
				norm += value * value;
				continue;
			}
			double value = (1 + Math.log(entry.getValue())) * weight;
			vector.put(entry.getKey(), value);
			norm += value * value;
		}
		double length = Math.sqrt(norm);
		if (length > 0) {
			vector.replaceAll((feature, value) -> value / length);
		}
		return vector;
	}

}
