package dev.meridian.channels.chat;

import java.util.Optional;

import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.MessageId;

/**
 * A bot that answers visitors in the chat (the service provider interface the bot module
 * implements, so that the chat needs nothing of it). The chat decides when the bot is
 * asked (the market's {@link dev.meridian.channels.chat.settings.BotMode}); the bot keeps
 * its own state, posts its answers to the chat's ticket and hands the conversation to a
 * person, after which it stays silent.
 */
public interface AutomatedAnswers {

	/** Whether the bot can speak with visitors in this language at all. */
	boolean speaks(LanguageTag language);

	/** Whether the bot has handed this conversation over and says nothing more in it. */
	boolean isSilent(ChatVisitor visitor);

	/** The visitor wrote {@code text} (stored as {@code message}): the bot answers it. */
	void visitorWrote(ChatVisitor visitor, MessageId message, String text);

	/**
	 * The visitor rated one of the bot's answers.
	 * @throws dev.meridian.NotFoundException when the message is no answer of the bot in
	 * this conversation
	 */
	void visitorRated(ChatVisitor visitor, MessageId answer, boolean helpful);

	/** The visitor asked for a person (the widget's button): the bot hands over. */
	void personAsked(ChatVisitor visitor);

	/** What goes with one of the bot's messages in the widget; empty for others. */
	Optional<ChatMessage.Automated> describe(MessageId message);

}
