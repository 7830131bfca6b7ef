package dev.meridian.tickets.reviews;

import java.util.Locale;

/**
 * What a conversation is scored on, each from 1 (poor) to 5 (exemplary).
 */
public enum Criterion {

	/** The answer was right: facts, policy, the order's real state. */
	CORRECT,
	/** Clear and in plain language the customer understands. */
	CLEAR,
	/** Acknowledged how the customer felt. */
	EMPATHETIC,
	/** Fitting for the customer's culture: form of address, tone, greetings. */
	CULTURALLY_APPROPRIATE,
	/** Followed the market's playbook and the team's procedures. */
	FOLLOWED_PLAYBOOK;

	/** Its name on the API and in message keys: {@code culturallyAppropriate}. */
	public String key() {
		String[] parts = name().toLowerCase(Locale.ROOT).split("_");
		StringBuilder key = new StringBuilder(parts[0]);
		for (int i = 1; i < parts.length; i++) {
			key.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
		}
		return key.toString();
	}

}
