package dev.meridian.channels.chatbot;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import dev.meridian.channels.chat.ChatAvailability;
import dev.meridian.channels.chat.ChatVisitor;
import dev.meridian.routing.Routing;
import dev.meridian.tickets.Author;
import dev.meridian.tickets.Message;
import dev.meridian.tickets.MessageDraft;
import dev.meridian.tickets.TicketManagement;
import dev.meridian.tickets.Visibility;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Hands a chat to a person, once: an internal note for the agent (the questions, what the
 * bot showed, how the visitor took it, in the workspace's language), the ticket routed to
 * someone who reads the visitor, and the visitor told when a person will answer on their
 * clock and in their language. Afterwards the bot says nothing in the conversation. Runs
 * inside the caller's transaction, with the conversation's row locked.
 */
@Component
class HandOffs {

	private final BotConversationRows rows;

	private final TicketManagement tickets;

	private final Routing routing;

	private final ChatAvailability availability;

	private final ChatBotTexts texts;

	private final MessageSource messages;

	private final Locale workspace;

	HandOffs(BotConversationRows rows, TicketManagement tickets, Routing routing, ChatAvailability availability,
			ChatBotTexts texts, MessageSource messages, Environment environment) {
		this.rows = rows;
		this.tickets = tickets;
		this.routing = routing;
		this.availability = availability;
		this.texts = texts;
		this.messages = messages;
		// Read by agents: in the workspace's language, like the chat's other notes.
		this.workspace = Locale.forLanguageTag(environment.getProperty("meridian.bot.note-locale", "en"));
	}

	/**
	 * @param reason {@code asked}, {@code button}, {@code unhelpful} or {@code order}
	 * @param intent the order question, for {@code order}
	 * @param lastQuestion the visitor's message that triggered it, if one did
	 */
	void handOff(ChatVisitor visitor, String reason, @Nullable String intent, @Nullable String lastQuestion,
			Instant now) {
		List<Turn> turns = this.rows.turns(visitor.conversation());
		this.tickets.addMessage(visitor.ticket(), Author.system(),
				MessageDraft.note(summary(reason, intent, turns, lastQuestion)));
		this.rows.handedOff(visitor.conversation(), reason, now);
		this.routing.route(visitor.ticket());
		String when = this.availability.forVisitor(visitor.language(), visitor.zone()).text();
		Message told = this.tickets.addMessage(visitor.ticket(), Author.bot(),
				new MessageDraft(this.texts.text(visitor.language(), "handoff", when), null, visitor.language(), 1.0,
						Visibility.PUBLIC, null, List.of()));
		this.rows.addTurn(visitor.conversation(), null, told.id().value(), lastQuestion == null ? "" : lastQuestion,
				visitor.language().value(), Turn.HANDOFF, null, null, null, now);
	}

	private String summary(String reason, @Nullable String intent, List<Turn> turns, @Nullable String lastQuestion) {
		StringBuilder note = new StringBuilder(
				text("bot.handoff.note.title", text("bot.handoff.reason." + reason, intent == null ? "" : intent)));
		for (Turn turn : turns) {
			if (!turn.question().isBlank()) {
				note.append('\n').append(text("bot.handoff.note.question", turn.question()));
			}
			switch (turn.kind()) {
				case Turn.ANSWER -> note.append('\n')
					.append(text("bot.handoff.note.answer", turn.title(),
							turn.confidence() == null ? "-" : String.format(Locale.ROOT, "%.2f", turn.confidence())))
					.append('\n')
					.append(text("bot.handoff.note.reaction." + (turn.reaction() == null ? "none" : turn.reaction())));
				case Turn.NO_ANSWER -> note.append('\n').append(text("bot.handoff.note.noAnswer"));
				case Turn.ASK_ORDER -> note.append('\n').append(text("bot.handoff.note.askOrder"));
				case Turn.SMALL_TALK -> note.append('\n').append(text("bot.handoff.note.smallTalk"));
				case Turn.ORDER -> note.append('\n').append(text("bot.handoff.note.order"));
				default -> {
				}
			}
		}
		if (lastQuestion != null && !lastQuestion.isBlank()) {
			note.append('\n').append(text("bot.handoff.note.question", lastQuestion));
		}
		return note.toString();
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, this.workspace);
	}

}
