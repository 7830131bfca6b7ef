package dev.meridian.channels.chat.transcript;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.channels.chat.ChatMailRequested;
import dev.meridian.channels.chat.ChatManagement;
import dev.meridian.channels.chat.ChatMessage;
import dev.meridian.channels.chat.ChatTexts;
import dev.meridian.channels.chat.ChatVisitor;
import dev.meridian.channels.chat.VisitorTime;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.tickets.Status;
import dev.meridian.tickets.Ticket;
import dev.meridian.tickets.TicketManagement;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails a chat's transcript when the chat has ended (the visitor ended it, or the ticket
 * is solved), and only to the address of the ticket's customer: one the shop vouched for,
 * one nobody else had when the visitor typed it, or one whose owner confirmed it. A typed
 * address still waiting for its owner gets nothing: a transcript is the conversation
 * itself.
 */
@Service
public class ChatTranscripts {

	public enum Outcome {

		/** Queued for the customer's address. */
		SENT,
		/** The ticket's customer has no address (yet): the visitor leaves one first. */
		NO_ADDRESS,
		/** The chat is still going on. */
		NOT_ENDED

	}

	private final ChatManagement chats;

	private final TicketManagement tickets;

	private final CustomerManagement customers;

	private final ChatTexts texts;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	ChatTranscripts(ChatManagement chats, TicketManagement tickets, CustomerManagement customers, ChatTexts texts,
			ApplicationEventPublisher events, TransactionTemplate transaction) {
		this.chats = chats;
		this.tickets = tickets;
		this.customers = customers;
		this.texts = texts;
		this.events = events;
		this.transaction = transaction;
	}

	/**
	 * @throws dev.meridian.channels.chat.VisitorNotRecognizedException without the
	 * conversation's valid token
	 */
	public Outcome send(UUID conversation, @Nullable String token) {
		ChatVisitor visitor = this.chats.visitor(conversation, token);
		Ticket ticket = this.tickets.get(visitor.ticket());
		boolean solved = ticket.status() == Status.SOLVED || ticket.status() == Status.CLOSED;
		if (visitor.endedAt() == null && !solved) {
			return Outcome.NOT_ENDED;
		}
		Optional<String> address = this.customers.get(ticket.customer()).primaryEmail();
		if (address.isEmpty()) {
			return Outcome.NO_ADDRESS;
		}
		List<ChatMessage> messages = this.chats.transcript(conversation);
		String body = new Transcript(messages, visitor.language(), visitor.zone()).text(this.texts);
		String subject = this.texts.text(visitor.language(), "chat.mail.transcript.subject",
				VisitorTime.dateTime(ticket.createdAt(), visitor.language(), visitor.zone()));
		// Asking twice for the same conversation sends it once; after new messages,
		// again.
		this.transaction.executeWithoutResult(status -> this.events
			.publishEvent(new ChatMailRequested(ticket.id(), "chat-transcript." + conversation + "." + messages.size(),
					address.get(), visitor.language(), subject, body)));
		return Outcome.SENT;
	}

}
