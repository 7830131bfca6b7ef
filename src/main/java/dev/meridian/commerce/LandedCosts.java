package dev.meridian.commerce;

import java.util.Locale;

import dev.meridian.commerce.customs.CustomsRules;
import dev.meridian.commerce.customs.LandedCostCalculator;
import dev.meridian.commerce.customs.LandedCostExplanations;

import org.springframework.stereotype.Service;

/**
 * Landed-cost estimates for any module: what an order's goods cost the customer once
 * duty, import tax and the carrier's fees are added, under the destination market's
 * customs rule of the day, and a plain explanation of it in the customer's language that
 * an agent can put into a reply.
 */
@Service
public class LandedCosts {

	private final CustomsRules rules;

	private final LandedCostCalculator calculator;

	private final LandedCostExplanations explanations;

	LandedCosts(CustomsRules rules, CurrencyConversions conversions, LandedCostExplanations explanations) {
		this.rules = rules;
		this.calculator = new LandedCostCalculator(conversions);
		this.explanations = explanations;
	}

	/**
	 * Estimates the landed cost.
	 * @throws dev.meridian.InvalidValueException if no rule covers the destination on
	 * that day, or an HS code has no duty rate
	 * @throws NoExchangeRateException if a threshold needs a rate that is not stored
	 */
	public LandedCostEstimate estimate(LandedCostQuery query) {
		return this.calculator.estimate(query, this.rules.book());
	}

	/**
	 * Explains an estimate in the language closest to {@code language} among those
	 * Meridian writes (English, German, French, Spanish, Portuguese, Japanese; English
	 * otherwise).
	 */
	public Explanation explain(LandedCostEstimate estimate, Locale language) {
		return this.explanations.explain(estimate, language);
	}

	/**
	 * A plain-language explanation.
	 *
	 * @param language the BCP 47 tag of the language it is written in
	 * @param text the explanation
	 */
	public record Explanation(String language, String text) {

	}

}
