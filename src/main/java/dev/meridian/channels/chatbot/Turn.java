package dev.meridian.channels.chatbot;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One visitor's turn with the bot: what they asked, what the bot did and how they took
 * it.
 *
 * @param kind {@code answer}, {@code no_answer}, {@code ask_order}, {@code order},
 * {@code small_talk} or {@code handoff}
 * @param reaction {@code helpful}, {@code unhelpful}, or null when the visitor did not
 * say
 */
record Turn(UUID id, @Nullable UUID replyId, String question, String kind, @Nullable String title,
		@Nullable Double confidence, @Nullable String reaction) {

	static final String ANSWER = "answer";

	static final String NO_ANSWER = "no_answer";

	static final String ASK_ORDER = "ask_order";

	static final String SMALL_TALK = "small_talk";

	/** An answer from the customer's orders (status, return, duties). */
	static final String ORDER = "order";

	static final String HANDOFF = "handoff";

	/** The question as grouped: lower case, letters and digits, single spaces. */
	static String normalized(String question) {
		String text = question.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}\\p{M}]+", " ")
			.strip()
			.replaceAll("\\s+", " ");
		return text.length() > 500 ? text.substring(0, 500) : text;
	}

}
