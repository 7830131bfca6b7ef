package dev.meridian.channels.chat;

import java.time.ZoneId;
import java.util.Optional;

import dev.meridian.channels.chat.settings.BotMode;
import dev.meridian.channels.chat.settings.ShopSettings;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.MessageId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Decides whether the bot answers in a conversation (the market's bot mode, whether a
 * person who reads the visitor is on shift, whether the bot speaks the language and has
 * not handed over yet) and passes the visitor's turns to it. Without a bot installed the
 * chat works as before.
 */
@Component
public class ChatAutomation implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(ChatAutomation.class);

	private final ObjectProvider<AutomatedAnswers> bots;

	/**
	 * The bot, looked up once every bean exists: looked up for each visitor's line, the
	 * search among the application's beans cost a node more than the line's rate limit
	 * and routing's check together.
	 */
	private volatile @Nullable AutomatedAnswers bot;

	private final ShopSettings shops;

	private final ChatAvailability availability;

	ChatAutomation(ObjectProvider<AutomatedAnswers> bots, ShopSettings shops, ChatAvailability availability) {
		this.bots = bots;
		this.shops = shops;
		this.availability = availability;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.bot = this.bots.getIfAvailable();
	}

	/** Whether the bot would answer a visitor opening the widget now. */
	public boolean answersNow(LanguageTag language, @Nullable ZoneId zone, @Nullable String market) {
		AutomatedAnswers bot = this.bot;
		if (bot == null || !bot.speaks(language)) {
			return false;
		}
		BotMode mode = this.shops.forMarket(market).bot();
		// Who is on shift is routing's answer over the agents' shifts: asked only when it
		// decides, not for every visitor's message of a market whose bot is off.
		return switch (mode) {
			case OFF -> false;
			case ALWAYS -> true;
			case UNSTAFFED -> mode.answersWhen(this.availability.forVisitor(language, zone).staffed());
		};
	}

	/** Whether the bot answers in this conversation now. */
	public boolean answersIn(ChatVisitor visitor) {
		AutomatedAnswers bot = this.bot;
		return bot != null && answersNow(visitor.language(), visitor.zone(), visitor.market())
				&& !bot.isSilent(visitor);
	}

	/**
	 * The visitor's message, stored: the bot answers when it is on for the conversation.
	 * A failing bot never fails the visitor's message: a person answers it as without a
	 * bot.
	 */
	void visitorWrote(ChatVisitor visitor, MessageId message, String text) {
		try {
			if (answersIn(visitor)) {
				AutomatedAnswers bot = this.bot;
				if (bot != null) {
					bot.visitorWrote(visitor, message, text);
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("The bot could not answer in conversation {}", visitor.conversation(), ex);
		}
	}

	/** The visitor rated an answer of the bot; nothing without a bot. */
	public void rated(ChatVisitor visitor, MessageId answer, boolean helpful) {
		AutomatedAnswers bot = this.bot;
		if (bot != null) {
			bot.visitorRated(visitor, answer, helpful);
		}
	}

	/** The visitor asked for a person while the bot was answering. */
	public void personAsked(ChatVisitor visitor) {
		AutomatedAnswers bot = this.bot;
		if (bot != null && !bot.isSilent(visitor)) {
			bot.personAsked(visitor);
		}
	}

	Optional<ChatMessage.Automated> describe(MessageId message) {
		AutomatedAnswers bot = this.bot;
		return bot == null ? Optional.empty() : bot.describe(message);
	}

}
