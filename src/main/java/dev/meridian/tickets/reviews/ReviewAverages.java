package dev.meridian.tickets.reviews;

import java.util.Map;

/**
 * The reviews of one group (an agent, a language or a market) in a period: how many, the
 * mean per criterion and the mean of all five.
 *
 * @param key the agent's id, the language tag or the market's country code; {@code none}
 * for reviews of tickets without a market
 */
public record ReviewAverages(String key, long reviews, Map<Criterion, Double> criteria, double overall) {

	public ReviewAverages {
		criteria = Map.copyOf(criteria);
	}

	public double of(Criterion criterion) {
		return this.criteria.get(criterion);
	}

}
