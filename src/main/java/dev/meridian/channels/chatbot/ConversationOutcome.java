package dev.meridian.channels.chatbot;

import java.util.Locale;

/** How a conversation with the bot went, for supervision. */
public enum ConversationOutcome {

	/** The bot answered and the visitor said it helped. */
	ANSWERED_CONFIRMED,
	/** The bot answered; the visitor did not say whether it helped. */
	ANSWERED_UNCONFIRMED,
	/** A person took over. */
	HANDED_OFF,
	/** The bot had no answer and the visitor left without asking for a person. */
	ABANDONED;

	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	static ConversationOutcome of(boolean handedOff, boolean confirmed, int answered) {
		if (handedOff) {
			return HANDED_OFF;
		}
		if (confirmed) {
			return ANSWERED_CONFIRMED;
		}
		return answered > 0 ? ANSWERED_UNCONFIRMED : ABANDONED;
	}

}
