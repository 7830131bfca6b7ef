package dev.meridian.language;

import java.util.Map;

/**
 * How customers writing a language expect to be addressed.
 *
 * @param language the BCP 47 tag the profile is for ({@code ja}, {@code pt-BR})
 * @param register the default register in customer service: {@code formal},
 * {@code informal} or {@code neutral}
 * @param formal the formal form of address (Sie, vous, usted)
 * @param informal the informal one (du, tu, tú)
 * @param nameOrder {@code given-family} or {@code family-given}
 * @param salutations salutation patterns by title ({@code ms}, {@code mr}, {@code mx}),
 * {@code neutral} without a title, {@code unnamed} without a name
 * @param greeting an opening line
 * @param closing a closing phrase
 * @param hints a short hint for agents, by workspace language
 * @param machineTranslationNotice the line that ends a machine-translated reply
 */
public record CulturalProfile(String language, String register, String formal, String informal, String nameOrder,
		Map<String, String> salutations, String greeting, String closing, Map<String, String> hints,
		String machineTranslationNotice) {

	public CulturalProfile {
		salutations = Map.copyOf(salutations);
		hints = Map.copyOf(hints);
	}

	public boolean familyNameFirst() {
		return "family-given".equals(this.nameOrder);
	}

}
