package dev.meridian.bot;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a customer wants, beyond a question the knowledge base answers.
 */
public enum Intent {

	/** They want a person: the bot hands off at once. */
	HANDOFF,
	/** Where is my order: needs the customer's order (commerce data). */
	ORDER_STATUS,
	/** Can I return it: the market's policy applied to their order. */
	RETURN,
	/** Why was I charged duties: the landed-cost explanation of their order. */
	DUTIES,
	/** Hello: nothing to answer yet. */
	GREETING,
	/** Thanks: nothing to answer. */
	THANKS;

	/** The name in the API and in the example files: {@code order_status}. */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Intent> of(String value) {
		return Arrays.stream(values()).filter(intent -> intent.value().equals(value)).findFirst();
	}

	/** Small talk: a greeting or thanks, never worth a hand-off on its own. */
	public boolean isSmallTalk() {
		return this == GREETING || this == THANKS;
	}

	/** Answered from the customer's orders once they are identified. */
	public boolean needsOrder() {
		return this == ORDER_STATUS || this == RETURN || this == DUTIES;
	}

}
