package dev.meridian.language;

import dev.meridian.markets.Formality;
import dev.meridian.markets.LanguageTag;

/**
 * The lines a reply starts and ends with for one customer: {@code Sehr geehrte Frau
 * Schmidt,} … {@code Mit freundlichen Grüßen}, or {@code Hallo Anna,} … {@code Viele
 * Grüße}.
 *
 * @param language the language the lines are in
 * @param formality the formality they are written in: the customer's preference, else
 * their culture's (never {@link Formality#DEFAULT})
 * @param greeting the opening line, with the punctuation the language puts after it
 * @param closing the closing line
 */
public record ReplyFrame(LanguageTag language, Formality formality, String greeting, String closing) {

	/** A draft: the greeting, room for the agent's text, the closing. */
	public String draft() {
		return this.greeting + "\n\n\n\n" + this.closing;
	}

}
