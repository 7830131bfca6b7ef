package dev.meridian.channels.chatbot;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.meridian.NotFoundException;
import dev.meridian.bot.BotAlternative;
import dev.meridian.bot.BotAnswer;
import dev.meridian.bot.BotAnswers;
import dev.meridian.bot.BotQuestion;
import dev.meridian.bot.BotReply;
import dev.meridian.bot.BotSettings;
import dev.meridian.bot.Intent;
import dev.meridian.channels.chat.AutomatedAnswers;
import dev.meridian.channels.chat.ChatMessage;
import dev.meridian.channels.chat.ChatVisitor;
import dev.meridian.knowledge.HelpCenterAddresses;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.Author;
import dev.meridian.tickets.Message;
import dev.meridian.tickets.MessageDraft;
import dev.meridian.tickets.MessageId;
import dev.meridian.tickets.TicketManagement;
import dev.meridian.tickets.Visibility;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bot in the chat. Each visitor's message gets one reply in the conversation's
 * language: an answer from the knowledge base (passage, source link, machine-translation
 * mark, alternatives), a request for the order's number and address, or "no sure answer".
 * It hands over to a person, once, when the visitor asks (in words or with the button),
 * after two unhelpful answers in a row, or when an order question needs a person; from
 * then on it is silent. Never a loop: the hand-off is a state, not a reply.
 */
@Component
class ChatBot implements AutomatedAnswers {

	/** Unhelpful answers in a row ("No", or no sure answer) that hand over. */
	static final int UNHELPFUL_LIMIT = 2;

	private final BotAnswers answers;

	private final BotConversationRows rows;

	private final HandOffs handOffs;

	private final ChatBotTexts texts;

	private final HelpCenterAddresses links;

	private final TicketManagement tickets;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final BotSettings settings;

	private final OrderReplies orders;

	private final BotThresholds thresholds;

	ChatBot(BotAnswers answers, BotConversationRows rows, HandOffs handOffs, ChatBotTexts texts,
			HelpCenterAddresses links, TicketManagement tickets, TransactionTemplate transaction, Clock clock,
			BotSettings settings, OrderReplies orders, BotThresholds thresholds) {
		this.answers = answers;
		this.rows = rows;
		this.handOffs = handOffs;
		this.texts = texts;
		this.links = links;
		this.tickets = tickets;
		this.transaction = transaction;
		this.clock = clock;
		this.settings = settings;
		this.orders = orders;
		this.thresholds = thresholds;
	}

	@Override
	public boolean speaks(LanguageTag language) {
		return this.texts.speaks(language);
	}

	@Override
	public boolean isSilent(ChatVisitor visitor) {
		return this.rows.handedOff(visitor.conversation());
	}

	@Override
	public void visitorWrote(ChatVisitor visitor, MessageId message, String text) {
		if (!speaks(visitor.language())) {
			return;
		}
		CountryCode market = visitor.market() == null ? null : new CountryCode(visitor.market());
		String question = text.length() > this.settings.maxQuestionLength()
				? text.substring(0, this.settings.maxQuestionLength()) : text;
		// Searching and translating happen before the transaction: no lock waits on them.
		BotReply reply = this.answers.answer(new BotQuestion(question, visitor.language(), market,
				this.thresholds.of(visitor.market()).orElse(null)));
		Reply said = reply.answer() == null || !sameLanguage(reply.answer().language(), visitor.language()) ? null
				: said(reply.answer(), reply.alternatives(), visitor.language(), market);
		Optional<String> fromOrders = fromOrders(visitor, reply, text);
		Instant now = this.clock.instant();
		this.transaction.executeWithoutResult(status -> {
			BotConversation state = this.rows.lock(visitor, now);
			if (state.handedOff()) {
				return;
			}
			Intent intent = reply.intent() == null ? null : reply.intent().intent();
			if (reply.outcome() == BotReply.Outcome.ASKED_FOR_PERSON) {
				this.handOffs.handOff(visitor, "asked", null, text, now);
			}
			else if (state.awaitingIntent() != null) {
				if (fromOrders.isPresent()) {
					answeredFromOrders(visitor, state, message, text, fromOrders.get(), now);
				}
				else {
					// Not an order number and address that go together (or something else
					// entirely): a person takes it from here, with the question in the
					// summary. One try only: guessing numbers gets nowhere.
					this.handOffs.handOff(visitor, "order", state.awaitingIntent(), text, now);
				}
			}
			else if (said == null && intent != null && intent.needsOrder()) {
				if (fromOrders.isPresent()) {
					answeredFromOrders(visitor, state, message, text, fromOrders.get(), now);
				}
				else if (visitor.identified()) {
					// No order, or an answer the bot cannot give in the visitor's
					// language.
					this.handOffs.handOff(visitor, "order", intent.value(), text, now);
				}
				else {
					Message asked = post(visitor, this.texts.text(visitor.language(), "askOrder"));
					this.rows.addTurn(visitor.conversation(), message.value(), asked.id().value(), text,
							visitor.language().value(), Turn.ASK_ORDER, null, null, null, now);
					this.rows.update(visitor.conversation(), state.answered(), state.confirmed(),
							state.unhelpfulInRow(), intent.value(), now);
				}
			}
			else if (said != null) {
				Message answered = post(visitor, said.text());
				BotAnswer answer = reply.answer();
				this.rows.addTurn(visitor.conversation(), message.value(), answered.id().value(), text,
						visitor.language().value(), Turn.ANSWER, answer.articleId().value(), answer.title(),
						answer.confidence(), now);
				this.rows.update(visitor.conversation(), state.answered() + 1, state.confirmed(),
						state.unhelpfulInRow(), null, now);
			}
			else if (intent != null && intent.isSmallTalk()) {
				Message small = post(visitor,
						this.texts.text(visitor.language(), intent == Intent.THANKS ? "thanks" : "greeting"));
				this.rows.addTurn(visitor.conversation(), message.value(), small.id().value(), text,
						visitor.language().value(), Turn.SMALL_TALK, null, null, null, now);
			}
			else {
				unhelpful(visitor, state, message, text, "noAnswer", now);
			}
		});
	}

	@Override
	public void visitorRated(ChatVisitor visitor, MessageId answer, boolean helpful) {
		Instant now = this.clock.instant();
		this.transaction.executeWithoutResult(status -> {
			BotConversation state = this.rows.lock(visitor, now);
			Turn turn = this.rows.answer(visitor.conversation(), answer.value())
				.orElseThrow(() -> new NotFoundException("Bot answer", answer.value()));
			if (turn.reaction() != null) {
				// Rated already: a second click changes nothing.
				return;
			}
			this.rows.react(turn.id(), helpful ? "helpful" : "unhelpful");
			if (state.handedOff()) {
				return;
			}
			if (helpful) {
				this.rows.update(visitor.conversation(), state.answered(), true, 0, state.awaitingIntent(), now);
			}
			else {
				unhelpful(visitor, state, null, null, "notHelpful", now);
			}
		});
	}

	@Override
	public void personAsked(ChatVisitor visitor) {
		if (!speaks(visitor.language())) {
			return;
		}
		Instant now = this.clock.instant();
		this.transaction.executeWithoutResult(status -> {
			BotConversation state = this.rows.lock(visitor, now);
			if (!state.handedOff()) {
				this.handOffs.handOff(visitor, "button", null, null, now);
			}
		});
	}

	@Override
	public Optional<ChatMessage.Automated> describe(MessageId message) {
		return this.rows.describe(message.value())
			.map(turn -> new ChatMessage.Automated(
					Turn.ANSWER.equals(turn.kind()) && turn.reaction() == null && !turn.handedOff(),
					Turn.HANDOFF.equals(turn.kind())));
	}

	/**
	 * The answer from the customer's orders, looked up before the transaction: the
	 * question awaited (after the bot asked for the order's number and address), or an
	 * order question from a visitor the shop vouched for.
	 */
	private Optional<String> fromOrders(ChatVisitor visitor, BotReply reply, String text) {
		BotConversation state = this.rows.find(visitor.conversation()).orElse(null);
		if (state != null && state.handedOff()) {
			return Optional.empty();
		}
		if (state != null && state.awaitingIntent() != null) {
			return Intent.of(state.awaitingIntent())
				.flatMap(awaited -> this.orders.proven(awaited, text, visitor.language(), visitor.zone(),
						visitor.market()));
		}
		Intent intent = reply.intent() == null ? null : reply.intent().intent();
		if (intent == null || !intent.needsOrder() || reply.answer() != null || !visitor.identified()) {
			return Optional.empty();
		}
		return this.orders.latest(intent,
				new OrderReplies.Asker(visitor.customer(), visitor.language(), visitor.zone(), visitor.market()));
	}

	private void answeredFromOrders(ChatVisitor visitor, BotConversation state, MessageId question, String text,
			String answer, Instant now) {
		Message answered = post(visitor, answer);
		this.rows.addTurn(visitor.conversation(), question.value(), answered.id().value(), text,
				visitor.language().value(), Turn.ORDER, null, null, null, now);
		this.rows.update(visitor.conversation(), state.answered() + 1, state.confirmed(), state.unhelpfulInRow(), null,
				now);
	}

	/**
	 * An answer that did not help: the second in a row hands over, the first says so and
	 * offers a person.
	 */
	private void unhelpful(ChatVisitor visitor, BotConversation state, @Nullable MessageId question,
			@Nullable String text, String sorry, Instant now) {
		int inRow = state.unhelpfulInRow() + 1;
		if (inRow >= UNHELPFUL_LIMIT) {
			if (question != null && text != null) {
				this.rows.addTurn(visitor.conversation(), question.value(), null, text, visitor.language().value(),
						Turn.NO_ANSWER, null, null, null, now);
			}
			this.handOffs.handOff(visitor, "unhelpful", null, null, now);
			return;
		}
		Message said = post(visitor, this.texts.text(visitor.language(), sorry));
		if (question != null && text != null) {
			this.rows.addTurn(visitor.conversation(), question.value(), said.id().value(), text,
					visitor.language().value(), Turn.NO_ANSWER, null, null, null, now);
		}
		this.rows.update(visitor.conversation(), state.answered(), state.confirmed(), inRow, null, now);
	}

	private Message post(ChatVisitor visitor, String text) {
		return this.tickets.addMessage(visitor.ticket(), Author.bot(),
				new MessageDraft(text, null, visitor.language(), 1.0, Visibility.PUBLIC, null, List.of()));
	}

	/** An answer as the visitor reads it: passage, source, mark, alternatives. */
	private record Reply(String text) {
	}

	private @Nullable Reply said(BotAnswer answer, List<BotAlternative> alternatives, LanguageTag language,
			@Nullable CountryCode market) {
		Optional<String> source = this.links.article(answer.articleId(), answer.locale(), market);
		StringBuilder text = new StringBuilder(answer.text().strip()).append("\n\n")
			.append(this.texts.text(language, "source", answer.title(), source.orElse("")));
		if (answer.machineTranslated()) {
			text.append('\n').append(this.texts.text(language, "machineTranslated", source.orElse("")));
		}
		List<String> others = alternatives.stream()
			.limit(2)
			.map(other -> other.title()
					+ this.links.article(other.articleId(), other.locale(), market).map(url -> " – " + url).orElse(""))
			.toList();
		if (!others.isEmpty()) {
			text.append("\n\n").append(this.texts.text(language, "alternatives"));
			others.forEach(other -> text.append("\n• ").append(other));
		}
		return new Reply(text.toString());
	}

	private static boolean sameLanguage(LanguageTag a, LanguageTag b) {
		return a.language().equalsIgnoreCase(b.language());
	}

}
