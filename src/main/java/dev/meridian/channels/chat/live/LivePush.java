package dev.meridian.channels.chat.live;

import java.util.Optional;
import java.util.UUID;

import dev.meridian.channels.chat.ChatManagement;
import dev.meridian.tickets.AutomatedReplyPosted;
import dev.meridian.tickets.Channel;
import dev.meridian.tickets.MessageId;
import dev.meridian.tickets.MessageReceived;
import dev.meridian.tickets.ReplySent;
import dev.meridian.tickets.TicketCreated;
import dev.meridian.tickets.TicketId;
import dev.meridian.tickets.TicketSolved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pushes a chat's messages once they are stored: only after the commit, so nobody hears
 * of a message a rollback took back. The visitor receives it as the chat API renders it
 * (in their language), agents on the ticket screen a notice to fetch it rendered, the
 * chats' inbox a notice to refresh (at most four a second, {@link InboxNotices}). It runs
 * in the storing request's thread, so a visitor or agent who sends one message after
 * another is pushed them in that order. A push that fails loses nothing: the widget reads
 * everything after its last message when it (re)connects, and long-polling visitors are
 * woken here or by the activity record.
 * <p>
 * Because a lost push loses nothing, the pushes are not listeners of Spring Modulith's
 * event publication registry (a {@code @TransactionalEventListener} is one): a plain
 * listener hands the push to the transaction's after-commit callbacks instead. That
 * spares every message, chat or not, a publication row and its two updates, written in
 * the request's own thread before it answers.
 * <p>
 * A customer's message is pushed without a transaction of its own: the push reads the
 * message where its transaction left it (still in that transaction's persistence context,
 * on the connection the request holds until it returns), the conversation from
 * {@code ChatManagement}'s memory of chats, and only marks the conversation's activity
 * (written in batches); nothing in it writes. It used to run in a new transaction, which
 * took a second database connection while the request still held its first: at 100
 * visitors' messages a second every connection of the pool was held by a request waiting
 * for another. Replies (agents' and the bot's) still push in a transaction of their own:
 * rendering one for the visitor may translate it, which writes to the translation memory;
 * so do visitors waiting on this node with a long poll (reading for them marks them
 * seen).
 */
@Component
class LivePush {

	private static final Logger log = LoggerFactory.getLogger(LivePush.class);

	private final ChatManagement chats;

	private final SimpMessagingTemplate broker;

	private final LongPolls polls;

	private final ChatActivity activity;

	private final InboxNotices inbox;

	private final TransactionTemplate transactions;

	private final TransactionTemplate readOnly;

	LivePush(ChatManagement chats, SimpMessagingTemplate broker, LongPolls polls, ChatActivity activity,
			InboxNotices inbox, PlatformTransactionManager transactionManager) {
		this.inbox = inbox;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.readOnly.setReadOnly(true);
		this.chats = chats;
		this.broker = broker;
		this.polls = polls;
		this.activity = activity;
	}

	@EventListener
	void on(MessageReceived received) {
		afterCommit(() -> push(received.ticket(), received.message(), true));
	}

	@EventListener
	void on(ReplySent sent) {
		afterCommit(() -> this.transactions.executeWithoutResult(tx -> push(sent.ticket(), sent.message(), false)));
	}

	/**
	 * An agent solved the chat's ticket: a connected visitor's widget says the chat has
	 * ended and offers the transcript (a visitor who comes back later finds the same: the
	 * transcript is theirs to ask for once the ticket is solved).
	 */
	@EventListener
	void on(TicketSolved solved) {
		afterCommit(() -> this.readOnly.executeWithoutResult(tx -> ended(solved)));
	}

	private void ended(TicketSolved solved) {
		try {
			this.chats.conversationOf(solved.ticket())
				.ifPresent(id -> send(LiveTopics.conversation(id), new LiveNotices.Ended("ended")));
		}
		catch (RuntimeException ex) {
			log.warn("Could not tell the visitor of ticket {} that it was solved: {}", solved.ticket().value(),
					ex.getMessage());
		}
	}

	@EventListener
	void on(AutomatedReplyPosted posted) {
		afterCommit(() -> this.transactions.executeWithoutResult(tx -> push(posted.ticket(), posted.message(), false)));
	}

	@EventListener
	void on(TicketCreated created) {
		if (created.channel() == Channel.CHAT) {
			afterCommit(() -> this.inbox.changed(new LiveNotices.Changed("chat", created.ticket().value(), null)));
		}
	}

	/**
	 * Runs the push once the publishing transaction has committed, in the same thread (so
	 * a sender's messages are pushed in order), or at once when it was published outside
	 * a transaction. A push never fails its sender: errors are logged where they happen.
	 */
	private static void afterCommit(Runnable push) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			push.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				try {
					push.run();
				}
				catch (RuntimeException ex) {
					log.warn("A live push failed after its commit: {}", ex.getMessage());
				}
			}
		});
	}

	/**
	 * @param customers whether the message is the customer's own: a line the visitor sent
	 * over the socket goes back to their widget with its answer (LiveVisitorLines), not
	 * as a second notice
	 */
	private void push(TicketId ticket, MessageId message, boolean customers) {
		Optional<UUID> conversation;
		try {
			conversation = this.chats.conversationOf(ticket);
		}
		catch (RuntimeException ex) {
			log.warn("Could not tell whether ticket {} is a chat: {}", ticket.value(), ex.getMessage());
			return;
		}
		if (conversation.isEmpty()) {
			return;
		}
		UUID id = conversation.get();
		try {
			this.activity.moved(id);
		}
		catch (RuntimeException ex) {
			log.warn("Could not record chat activity for {}: {}", id, ex.getMessage());
		}
		send(LiveTopics.ticket(ticket), new LiveNotices.Changed("message", ticket.value(), message.value()));
		this.inbox.changed(new LiveNotices.Changed("message", ticket.value(), message.value()));
		try {
			if (!(customers && this.chats.answersWithItsLine(id))) {
				this.chats.forVisitor(ticket, message)
					.ifPresent(item -> send(LiveTopics.conversation(id), LiveNotices.Pushed.of(item)));
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not push message {} to its visitor: {}", message.value(), ex.getMessage());
		}
		if (this.polls.isWaiting(id)) {
			this.transactions.executeWithoutResult(tx -> this.polls.wake(id));
		}
	}

	private void send(String destination, Object notice) {
		try {
			this.broker.convertAndSend(destination, notice);
		}
		catch (RuntimeException ex) {
			// The broker (or the relay to RabbitMQ) is away: readers catch up by reading.
			log.warn("Could not push to {}: {}", destination, ex.getMessage());
		}
	}

}
