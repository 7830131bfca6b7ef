package dev.meridian.language;

import java.util.Map;

import dev.meridian.markets.Formality;

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
 * {@code neutral} without a title, {@code unnamed} without a name: what
 * {@code {customer.salutation}} becomes inside a text
 * @param greeting an opening line
 * @param closing a closing phrase
 * @param greetings the first line of a reply by formality ({@code formal},
 * {@code informal}), then by title as {@code salutations}, with its punctuation
 * @param closings the last line of a reply by formality
 * @param machineTranslationNotice the line that ends a machine-translated reply
 */
public record CulturalProfile(String language, String register, String formal, String informal, String nameOrder,
		Map<String, String> salutations, String greeting, String closing, Map<String, Map<String, String>> greetings,
		Map<String, String> closings, String machineTranslationNotice) {

	public CulturalProfile {
		salutations = Map.copyOf(salutations);
		greetings = Map.copyOf(greetings);
		closings = Map.copyOf(closings);
	}

	public boolean familyNameFirst() {
		return "family-given".equals(this.nameOrder);
	}

	/**
	 * The formality to write in: the customer's preference, else the culture's register
	 * (a neutral register, as English, writes formally).
	 */
	public Formality formalityFor(Formality preferred) {
		if (preferred != Formality.DEFAULT) {
			return preferred;
		}
		return "informal".equals(this.register) ? Formality.INFORMAL : Formality.FORMAL;
	}

}
