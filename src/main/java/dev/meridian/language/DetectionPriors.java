package dev.meridian.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.meridian.language.internal.Evidence;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

/**
 * Weighs the detector's evidence against what we already know, the Bayesian way: the
 * evidence gives each language a likelihood, the hints a prior.
 * <p>
 * Lingua reports relative confidences {@code r} (1.0 for the best language, the ratio of
 * summed log probabilities for the others). The difference in log likelihood behind a
 * ratio grows with the amount of text, so a language's likelihood is taken as
 * {@code exp(-SHARPNESS × letters × (1/r − 1))}: a sentence is decisive on its own, while
 * "Danke!" or "ok" leave several languages nearly tied and the customer's known language
 * decides. The constants are tuned with the evaluation in {@code bench/}.
 * <p>
 * A hint never overrules clear text: the priors apply only to the languages the text
 * itself leaves close to the best one (within {@link #CLOSE_NATS}), so a wrong language
 * on a customer's file can decide "ok" or "Danke", never "Hello, where is my order?".
 */
final class DetectionPriors {

	/** Below this, the answer is {@code und}: a guess would be worse than no answer. */
	static final double MINIMUM_CONFIDENCE = 0.4;

	static final double SHARPNESS = 1.0;

	static final double CUSTOMER_WEIGHT = 40;

	static final double DECLARED_WEIGHT = 30;

	static final double BROWSER_WEIGHT = 15;

	static final double MARKET_WEIGHT = 3;

	/**
	 * How far behind the best language, on the text alone (natural log of the likelihood
	 * ratio), a language may be for a hint to count: 1 : 10.
	 */
	static final double CLOSE_NATS = 2.3;

	private DetectionPriors() {
	}

	static Detection combine(Evidence evidence, DetectionHints hints) {
		if (evidence.isEmpty()) {
			return Detection.undetermined();
		}
		Map<String, Double> prior = new HashMap<>();
		add(prior, hints.customerLanguage(), CUSTOMER_WEIGHT);
		add(prior, hints.declaredLanguage(), DECLARED_WEIGHT);
		for (int i = 0; i < hints.browserLanguages().size(); i++) {
			add(prior, hints.browserLanguages().get(i), BROWSER_WEIGHT / (i + 1));
		}
		hints.marketLanguages().forEach(language -> add(prior, language, MARKET_WEIGHT));

		Map<String, Double> posterior = new HashMap<>();
		double total = 0;
		for (Map.Entry<String, Double> entry : evidence.relativeConfidences().entrySet()) {
			double behind = SHARPNESS * evidence.letters() * (1 / entry.getValue() - 1);
			double likelihood = Math.exp(-behind);
			double weight = behind <= CLOSE_NATS ? 1 + prior.getOrDefault(entry.getKey(), 0.0) : 1;
			double value = likelihood * weight;
			posterior.put(entry.getKey(), value);
			total += value;
		}
		if (total <= 0) {
			return Detection.undetermined();
		}
		List<Detection.Alternative> ranked = new ArrayList<>();
		for (Map.Entry<String, Double> entry : posterior.entrySet()) {
			ranked.add(new Detection.Alternative(regional(entry.getKey(), hints), entry.getValue() / total));
		}
		ranked.sort(Comparator.comparingDouble(Detection.Alternative::confidence).reversed());
		Detection.Alternative best = ranked.get(0);
		if (evidence.outside() != null) {
			// A language the detector does not know: its neighbours are alternatives, not
			// the answer.
			return new Detection(LanguageTag.UNDETERMINED, 0, ranked.subList(0, Math.min(3, ranked.size())));
		}
		List<Detection.Alternative> runnersUp = ranked.subList(1, Math.min(4, ranked.size()))
			.stream()
			.filter(alternative -> alternative.confidence() >= 0.01)
			.toList();
		boolean tied = ranked.size() > 1 && best.confidence() - ranked.get(1).confidence() < 1e-9;
		if (best.confidence() < MINIMUM_CONFIDENCE || tied) {
			return new Detection(LanguageTag.UNDETERMINED, best.confidence(),
					ranked.subList(0, Math.min(3, ranked.size())));
		}
		return new Detection(best.language(), best.confidence(), runnersUp);
	}

	/**
	 * The languages the hints name, as ISO 639-1 codes: the detector reads the text in
	 * them too.
	 */
	static List<String> expected(DetectionHints hints) {
		List<String> expected = new ArrayList<>();
		java.util.function.Consumer<@Nullable LanguageTag> add = tag -> {
			if (tag != null && !tag.isUndetermined() && !expected.contains(tag.language())) {
				expected.add(tag.language());
			}
		};
		add.accept(hints.customerLanguage());
		add.accept(hints.declaredLanguage());
		hints.browserLanguages().forEach(add);
		hints.marketLanguages().forEach(add);
		return expected;
	}

	private static void add(Map<String, Double> prior, @Nullable LanguageTag hint, double weight) {
		if (hint != null && !hint.isUndetermined()) {
			prior.merge(hint.language(), weight, Double::sum);
		}
	}

	/** Detection knows "pt"; when the customer is known to write pt-BR, say so. */
	/**
	 * The detector's languages as tags, made once: canonicalizing a tag builds a
	 * {@code Locale} (and asks ICU about a three-letter code), and every detection named
	 * each of its candidates, 3 % of a busy chat node's time.
	 */
	private static final Map<String, LanguageTag> BARE = new ConcurrentHashMap<>();

	private static LanguageTag regional(String language, DetectionHints hints) {
		List<LanguageTag> known = new ArrayList<>();
		if (hints.declaredLanguage() != null) {
			known.add(hints.declaredLanguage());
		}
		if (hints.customerLanguage() != null) {
			known.add(hints.customerLanguage());
		}
		known.addAll(hints.browserLanguages());
		known.addAll(hints.marketLanguages());
		return known.stream()
			.filter(tag -> tag.language().equals(language))
			.findFirst()
			.orElseGet(() -> BARE.computeIfAbsent(language, LanguageTag::new));
	}

}
