package dev.meridian.bench;

import java.util.List;

/**
 * A kind of customer: language, country and time zone, typical names, and the tickets
 * such a customer writes. Names may carry an ASCII form for e-mail addresses after a
 * bar, e.g. {@code "佐藤|sato"}. Subjects and bodies contain {@code {order}} for an order
 * number.
 */
record Persona(String language, String country, String timeZone, List<String> givenNames,
		List<String> familyNames, List<Text> texts, boolean familyNameFirst) {

	record Text(String subject, String body) {
	}

}
