package dev.meridian.channels.chat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.meridian.EmailAddresses;
import dev.meridian.InvalidValueException;
import dev.meridian.commerce.OrderTag;
import dev.meridian.customers.CustomerId;
import dev.meridian.customers.Customer;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.customers.CustomerProfile;
import dev.meridian.knowledge.BackgroundIndexing;
import dev.meridian.language.Detection;
import dev.meridian.language.DetectionHints;
import dev.meridian.language.LanguageDetection;
import dev.meridian.language.Translated;
import dev.meridian.language.Translation;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.Attachment;
import dev.meridian.tickets.Author;
import dev.meridian.tickets.Channel;
import dev.meridian.tickets.LiveConversations;
import dev.meridian.tickets.Message;
import dev.meridian.tickets.MessageDraft;
import dev.meridian.tickets.MessageId;
import dev.meridian.tickets.NewTicket;
import dev.meridian.tickets.Priority;
import dev.meridian.tickets.Status;
import dev.meridian.tickets.Ticket;
import dev.meridian.tickets.TicketId;
import dev.meridian.tickets.TicketManagement;
import dev.meridian.tickets.Visibility;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens chats, takes visitors' messages into the chat's ticket and gives visitors the
 * conversation in their language. A chat's ticket opens when the visitor opens the
 * widget, with an internal note of where they are, and waits for them ({@code PENDING})
 * until they write; routing offers it to an agent at once, so someone is ready when they
 * do.
 */
@Service
public class ChatManagement implements LiveConversations {

	private static final Logger log = LoggerFactory.getLogger(ChatManagement.class);

	private static final int MAX_PAGE_CHARS = 2000;

	/** A visitor seen this recently is not written as seen again when they connect. */
	private static final Duration SEEN_RECENTLY = Duration.ofSeconds(10);

	/**
	 * Conversations marked as seen per statement (PostgreSQL takes 32,767 parameters).
	 */
	private static final int SEEN_BATCH = 1000;

	private final ChatConversations conversations;

	private final CustomerManagement customers;

	private final TicketManagement tickets;

	private final Translation translation;

	private final MessageSource messages;

	private final ChatTexts texts;

	private final TransactionTemplate transaction;

	private final ChatSettings settings;

	private final Clock clock;

	private final RateLimit messageLimit;

	private final RateLimit conversationLimit;

	private final ChatAutomation automation;

	private final ChatTickets chatTickets;

	private final LanguageDetection detection;

	private final BackgroundIndexing indexing;

	private final ChatIntake intake;

	private final LineBatches<Stored> lines;

	private final ChatKeys keys;

	private final EntityManager entityManager;

	ChatManagement(ChatConversations conversations, CustomerManagement customers, TicketManagement tickets,
			Translation translation, MessageSource messages, ChatTexts texts, TransactionTemplate transaction,
			ChatSettings settings, Clock clock, ChatAutomation automation, ChatTickets chatTickets,
			LanguageDetection detection, BackgroundIndexing indexing, ChatKeys keys, EntityManager entityManager,
			MeterRegistry meters) {
		this.keys = keys;
		this.entityManager = entityManager;
		this.indexing = indexing;
		this.intake = new ChatIntake(settings.concurrentMessages(), settings.busyWait(), meters);
		this.lines = new LineBatches<>(transaction, this::write);
		this.automation = automation;
		this.chatTickets = chatTickets;
		this.detection = detection;
		this.conversations = conversations;
		this.customers = customers;
		this.tickets = tickets;
		this.translation = translation;
		this.messages = messages;
		this.texts = texts;
		this.transaction = transaction;
		this.settings = settings;
		this.clock = clock;
		this.messageLimit = new RateLimit(settings.messagesPerMinute(), Duration.ofMinutes(1));
		this.conversationLimit = new RateLimit(settings.conversationsPerHour(), Duration.ofHours(1));
	}

	/**
	 * Opens a conversation and its ticket.
	 * @param address the visitor's network address, whose conversations are counted
	 * @throws ChatFloodException when the address opened too many conversations lately
	 */
	public StartedChat start(ChatStart start, String address) {
		Instant now = this.clock.instant();
		Duration wait = this.conversationLimit.tryAcquire(address, now);
		if (!wait.isZero()) {
			throw new ChatFloodException("conversations", wait);
		}
		String page = checkedPage(start.page());
		String typedEmail = start.email() == null || start.email().isBlank() ? null
				: EmailAddresses.normalize(start.email());
		SignedIdentity identity = start.identity();
		if (identity != null) {
			identity.requireVerifiedWith(this.settings.identitySecret());
		}
		String token = VisitorTokens.newToken();
		StartedChat started = this.transaction.execute(status -> {
			Customer customer = identity != null
					? this.customers.findOrCreate(new CustomerProfile(null, null, start.name(),
							List.of(identity.email()), List.of(), start.locale(), null, null, null, null))
					// An anonymous visitor is a customer of their own, even with an
					// address
					// typed in: nobody joins another customer's records by typing theirs.
					: this.customers.create(new CustomerProfile(null, null, blankToNull(start.name()), List.of(),
							List.of(), start.locale(), null, start.zone(), start.market(), null));
			LanguageTag language = start.locale();
			List<String> tags = new ArrayList<>(List.of("chat"));
			if (start.orderNumber() != null && !start.orderNumber().isBlank()) {
				// The order's tag ties the chat to the order in the 360 and in
				// notifications.
				tags.add(OrderTag.of(start.orderNumber()));
			}
			Ticket ticket = this.tickets
				.openOutbound(
						new NewTicket(subject(language, page), customer.id(), Channel.CHAT, Priority.NORMAL, language,
								start.market() != null ? start.market() : customer.market().orElse(null), tags, null,
								null, MessageDraft.note(startNote(language, page, identity, typedEmail))),
						Author.system());
			UUID id = UUID.randomUUID();
			ChatConversation conversation = new ChatConversation(id, ticket.id(), customer.id(),
					VisitorTokens.hash(token), language, page, identity != null, typedEmail, now,
					now.plus(this.settings.tokenLifetime()));
			conversation.cameFrom(start.market() == null ? null : start.market().value(), start.zone());
			this.conversations.save(conversation);
			// Its first line is recognized without a read. Were this transaction to roll
			// back, a line would find no row and be refused as from an unknown visitor.
			this.keys.remember(conversation);
			return new StartedChat(id, token, ticket.id());
		});
		if (started == null) {
			throw new IllegalStateException("The chat was not opened");
		}
		return started;
	}

	/**
	 * Adds the visitor's message to the chat's ticket.
	 * @throws VisitorNotRecognizedException without the conversation's valid token
	 * @throws ChatMessageTooLongException over the length limit
	 * @throws ChatFloodException when the conversation sent too many messages lately
	 * @throws ChatBusyException when this node works on as many lines as it takes
	 */
	public Message post(UUID conversation, @Nullable String token, @Nullable String text, @Nullable String page) {
		return post(conversation, token, text, page, false);
	}

	/**
	 * Adds a line the visitor sent over their socket, whose sender is answered with the
	 * line itself: no separate push of it goes to the visitor's topic.
	 * @throws VisitorNotRecognizedException as {@link #post}, and the same others
	 */
	public Message say(UUID conversation, @Nullable String token, @Nullable String text, @Nullable String page) {
		return post(conversation, token, text, page, true);
	}

	/**
	 * Whether the line of this conversation being pushed in this thread (after its
	 * commit) is answered to its sender with the line itself ({@link #say}).
	 */
	public boolean answersWithItsLine(UUID conversation) {
		return LineBatches.answersWithItsLine(conversation);
	}

	private Message post(UUID conversation, @Nullable String token, @Nullable String text, @Nullable String page,
			boolean answeredBySender) {
		String body = text == null ? "" : text.strip();
		if (body.isEmpty()) {
			throw new InvalidValueException("text", "A message needs some text");
		}
		return this.intake.admit(() -> store(conversation, token, body, page, answeredBySender));
	}

	private Message store(UUID conversation, @Nullable String token, String body, @Nullable String page,
			boolean answeredBySender) {
		Instant now = this.clock.instant();
		ChatKeys.Key key = recognized(conversation, token, now);
		if (body.codePointCount(0, body.length()) > this.settings.maxMessageChars()) {
			throw new ChatMessageTooLongException(this.settings.maxMessageChars());
		}
		requireWithinRate(conversation, now);
		String viewing = page == null ? null : checkedPage(page);
		// Read before the transaction, with the conversation's language as what is known
		// (the same hint the ticket's language gives: the ticket opened in it): detection
		// is the costliest step of a message, and inside the transaction it held a
		// database connection and the ticket's row lock while it read.
		LanguageTag prior = key.locale();
		Detection language = this.detection.detect(body,
				DetectionHints.customer(prior.isUndetermined() ? null : prior, List.of()));
		Stored stored = this.lines
			.store(new LineBatches.Line(conversation, key.ticket(), body, viewing, language, now, answeredBySender));
		// After the visitor's message is stored and pushed: the bot's answer follows it.
		this.automation.visitorWrote(stored.visitor(), stored.message().id(), body);
		return stored.message();
	}

	/**
	 * A line stored, and its conversation's visitor as the line's transaction read it.
	 */
	private record Stored(Message message, ChatVisitor visitor) {
	}

	/** One line's writes, in the transaction of the lines stored with it. */
	private Stored write(LineBatches.Line line) {
		Instant now = line.at();
		// Searchable a moment after it is stored rather than before the visitor hears
		// back: a refresh of the index for each line of a busy chat cost more than the
		// rest of storing it.
		this.indexing.forThisTransaction();
		// What changes about the conversation, read where it is used: whether the token
		// is still good (its expiry), and whose the conversation is now.
		ChatConversation found = this.entityManager.find(ChatConversation.class, line.conversation());
		if (found == null || found.isExpired(now)) {
			throw new VisitorNotRecognizedException();
		}
		// A visitor writing line after line was seen moments ago: as on connecting, no
		// second write.
		if (found.lastSeenAt().isBefore(now.minus(SEEN_RECENTLY))) {
			this.conversations.seen(found.id(), now, now.plus(this.settings.tokenLifetime()));
		}
		if (line.viewing() != null) {
			this.conversations.viewing(found.id(), line.viewing());
		}
		// Text only: whatever markup a visitor types is shown as the characters typed.
		Message added = this.tickets.addMessage(found.ticket(), Author.customer(found.customer()),
				new MessageDraft(line.body(), null, line.language().language(), line.language().confidence(),
						Visibility.PUBLIC, null, List.of()));
		return new Stored(added, ChatVisitor.of(found));
	}

	/**
	 * The conversation whose token this is, from this node's memory of conversations, or
	 * read (and remembered) when it is not there. Whether the token is still good is for
	 * the caller to check where it reads the row anyway.
	 * @throws VisitorNotRecognizedException when the token is not the conversation's
	 */
	private ChatKeys.Key recognized(UUID conversation, @Nullable String token, Instant now) {
		if (token == null || token.isBlank() || token.length() > 200) {
			throw new VisitorNotRecognizedException();
		}
		Optional<ChatKeys.Key> known = this.keys.of(conversation);
		if (known.isEmpty()) {
			ChatConversation found = authenticated(conversation, token, now);
			this.chatTickets.remember(found);
			return this.keys.remember(found);
		}
		if (!known.get().isHeldBy(VisitorTokens.hash(token.strip()))) {
			throw new VisitorNotRecognizedException();
		}
		return known.get();
	}

	/**
	 * The conversation's public messages after {@code after} (all without it), in order,
	 * agents' replies in the visitor's language.
	 * @throws VisitorNotRecognizedException without the conversation's valid token
	 */
	public List<ChatMessage> messages(UUID conversation, @Nullable String token, @Nullable MessageId after) {
		Instant now = this.clock.instant();
		ChatConversation found = authenticated(conversation, token, now);
		this.transaction.executeWithoutResult(
				status -> this.conversations.seen(found.id(), now, now.plus(this.settings.tokenLifetime())));
		List<Message> all = this.tickets.messages(found.ticket());
		int from = 0;
		if (after != null) {
			int index = indexOf(all, after);
			if (index < 0) {
				throw new InvalidValueException("after", "No message " + after.value() + " in this conversation");
			}
			from = index + 1;
		}
		return visible(all.subList(from, all.size()), found.locale());
	}

	/**
	 * Whether the chat is over: the visitor ended it, or its ticket is solved or closed.
	 * The widget hears it live when it happens, and reads it with the messages as well: a
	 * widget whose socket was still subscribing when the ticket was solved missed the
	 * live notice.
	 */
	public boolean over(UUID conversation) {
		return this.conversations.findById(conversation)
			.map(found -> found.endedAt().isPresent() || this.tickets.find(found.ticket())
				.map(ticket -> ticket.status() == Status.SOLVED || ticket.status() == Status.CLOSED)
				.orElse(false))
			.orElse(false);
	}

	/** The public ones of these messages, as the visitor reads them, with their files. */
	private List<ChatMessage> visible(List<Message> messages, LanguageTag visitor) {
		List<Message> public_ = messages.stream().filter(m -> m.visibility() == Visibility.PUBLIC).toList();
		Map<MessageId, List<Attachment>> files = this.tickets.attachments(public_.stream().map(Message::id).toList());
		List<ChatMessage> visible = new ArrayList<>();
		for (Message message : public_) {
			visible.add(forVisitor(message, visitor, files.getOrDefault(message.id(), List.of())));
		}
		return visible;
	}

	/**
	 * The language of the visitor of a chat's ticket (undetermined for a ticket that is
	 * no chat), from the node's memory of chats: a node refusing lines because it is busy
	 * says so without a read for each.
	 */
	public LanguageTag visitorLanguage(TicketId ticket) {
		return this.chatTickets.of(ticket).map(ChatTickets.Link::locale).orElse(LanguageTag.UNDETERMINED);
	}

	/** The conversation of a ticket, if the ticket is a chat. */
	public Optional<UUID> conversationOf(TicketId ticket) {
		return this.chatTickets.of(ticket).map(ChatTickets.Link::conversation);
	}

	/**
	 * The conversation of the visitor holding this token.
	 * @throws VisitorNotRecognizedException without the conversation's valid token
	 */
	public ChatVisitor visitor(UUID conversation, @Nullable String token) {
		return ChatVisitor.of(authenticated(conversation, token, this.clock.instant()));
	}

	/** The conversation, whoever asks (for a link the chat mailed, for instance). */
	public Optional<ChatVisitor> findVisitor(UUID conversation) {
		return this.conversations.findById(conversation).map(ChatVisitor::of);
	}

	/** Keeps an address the visitor typed, to continue by mail; it proves nothing. */
	public void rememberEmail(UUID conversation, String email) {
		this.transaction.executeWithoutResult(status -> this.conversations.findById(conversation)
			.ifPresent(row -> row.typedEmail(EmailAddresses.normalize("email", email))));
	}

	/**
	 * The conversation's messages are from {@code customer} from now on: the owner of an
	 * address the visitor confirmed. The ticket moves with it (the caller moves it).
	 */
	public void joinCustomer(UUID conversation, CustomerId customer) {
		this.transaction.executeWithoutResult(
				status -> this.conversations.findById(conversation).ifPresent(row -> row.joined(customer)));
	}

	/**
	 * The visitor ended the chat; the ticket stays as it is (an agent may still answer,
	 * by mail).
	 * @throws VisitorNotRecognizedException without the conversation's valid token
	 */
	public ChatVisitor end(UUID conversation, @Nullable String token) {
		Instant now = this.clock.instant();
		ChatConversation found = authenticated(conversation, token, now);
		ChatConversation ended = this.transaction.execute(status -> {
			ChatConversation row = this.conversations.findById(found.id()).orElse(found);
			row.end(now);
			return row;
		});
		return ChatVisitor.of(ended == null ? found : ended);
	}

	/**
	 * Every public message of the conversation as its visitor reads it (replies
	 * translated into their language, marked so), for a transcript.
	 */
	public List<ChatMessage> transcript(UUID conversation) {
		ChatConversation found = this.conversations.findById(conversation)
			.orElseThrow(VisitorNotRecognizedException::new);
		return visible(this.tickets.messages(found.ticket()), found.locale());
	}

	/**
	 * The ticket of the visitor's conversation, recognizing the visitor by their token; a
	 * live connection counts as the visitor asking for news (they are connected).
	 * @throws VisitorNotRecognizedException without the conversation's valid token
	 */
	public TicketId recognize(UUID conversation, @Nullable String token) {
		Instant now = this.clock.instant();
		ChatConversation found = authenticated(conversation, token, now);
		// A page load opens a socket right after the widget read its messages, and a
		// node's restart reconnects every visitor at once: a visitor seen moments ago
		// needs no second write.
		if (found.lastSeenAt().isBefore(now.minus(SEEN_RECENTLY))) {
			this.transaction.executeWithoutResult(
					status -> this.conversations.seen(found.id(), now, now.plus(this.settings.tokenLifetime())));
		}
		return found.ticket();
	}

	/**
	 * Marks the visitors of these conversations as seen now (they hold a live
	 * connection), in batches, and answers which of them still have a good token: a
	 * connection whose conversation is not among them should be let go.
	 */
	public Set<UUID> stillConnected(Collection<UUID> connected) {
		Instant now = this.clock.instant();
		Set<UUID> good = new HashSet<>();
		List<UUID> all = List.copyOf(new HashSet<>(connected));
		for (int from = 0; from < all.size(); from += SEEN_BATCH) {
			List<UUID> batch = all.subList(from, Math.min(all.size(), from + SEEN_BATCH));
			List<UUID> unexpired = this.transaction.execute(status -> {
				List<UUID> found = this.conversations.unexpired(batch, now);
				if (!found.isEmpty()) {
					this.conversations.seenAll(found, now, now.plus(this.settings.tokenLifetime()));
				}
				return found;
			});
			if (unexpired != null) {
				good.addAll(unexpired);
			}
		}
		return good;
	}

	/**
	 * One message of a chat as its visitor reads it (in their language); nothing when the
	 * ticket is no chat or the message is not for the visitor (an internal note).
	 */
	public Optional<ChatMessage> forVisitor(TicketId ticket, MessageId message) {
		Optional<ChatTickets.Link> found = this.chatTickets.of(ticket);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		// The one message, not the conversation: a push follows every message, and a
		// long chat read whole for each would cost more with every line.
		return this.tickets.findMessage(message)
			.filter(m -> m.ticket().equals(ticket) && m.visibility() == Visibility.PUBLIC)
			.map(m -> forVisitor(m, found.get().locale(),
					this.tickets.attachments(List.of(m.id())).getOrDefault(m.id(), List.of())));
	}

	@Override
	public boolean isConnected(TicketId ticket) {
		return this.conversations.seenSince(ticket.value(), this.clock.instant().minus(this.settings.connectedFor()));
	}

	/**
	 * Counts one of the visitor's messages (a file is one too) against their rate limit.
	 * @throws ChatFloodException when the conversation sent too many messages lately
	 */
	void requireWithinRate(UUID conversation, Instant now) {
		Duration wait = this.messageLimit.tryAcquire(conversation.toString(), now);
		if (!wait.isZero()) {
			throw new ChatFloodException("messages", wait);
		}
	}

	ChatConversation authenticated(UUID conversation, @Nullable String token, Instant now) {
		if (token == null || token.isBlank() || token.length() > 200) {
			throw new VisitorNotRecognizedException();
		}
		// By the conversation's key, then the token's hash compared: read for every line
		// a
		// visitor sends, a look-up by key skips the query's preparation that a look-up by
		// the hash took each time (a seventh of a busy node's samples).
		byte[] hash = VisitorTokens.hash(token.strip());
		return this.conversations.findById(conversation)
			.filter(found -> found.isHeldBy(hash))
			.filter(found -> !found.isExpired(now))
			.orElseThrow(VisitorNotRecognizedException::new);
	}

	private ChatMessage forVisitor(Message message, LanguageTag visitor, List<Attachment> attachments) {
		ChatMessage seen = readBy(message, visitor, attachments);
		return message.author().type() == Author.Type.BOT
				? seen.with(this.automation.describe(message.id()).orElse(new ChatMessage.Automated(false, false)))
				: seen;
	}

	private ChatMessage readBy(Message message, LanguageTag visitor, List<Attachment> attachments) {
		List<ChatMessage.File> files = attachments.stream()
			.map(a -> new ChatMessage.File(a.id(), a.name(), a.size(), a.mediaType()))
			.toList();
		String author = message.author().type().name().toLowerCase(Locale.ROOT);
		LanguageTag written = message.language();
		boolean foreign = message.author().type() != Author.Type.CUSTOMER && !written.isUndetermined()
				&& !visitor.isUndetermined() && !written.language().equals(visitor.language());
		if (foreign) {
			Optional<Translated> translated = translated(message.text(), written, visitor);
			if (translated.isPresent()) {
				return new ChatMessage(message.id(), author, translated.get().text(), visitor, message.createdAt(),
						true, new ChatMessage.Original(message.text(), written), files);
			}
		}
		return new ChatMessage(message.id(), author, message.text(), written, message.createdAt(), false, null, files);
	}

	/**
	 * The reply in the visitor's language; nothing when no engine translates the pair or
	 * the engine cannot answer now (the visitor then reads it as written, and a later
	 * poll finds the translation the retry made).
	 */
	private Optional<Translated> translated(String text, LanguageTag from, LanguageTag to) {
		if (!this.translation.canTranslate(from, to)) {
			return Optional.empty();
		}
		try {
			return this.translation.translateOrRetryLater(text, from, to);
		}
		catch (RuntimeException ex) {
			log.debug("No translation {} -> {} for a chat reply: {}", from, to, ex.getMessage());
			return Optional.empty();
		}
	}

	private static int indexOf(List<Message> all, MessageId id) {
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i).id().equals(id)) {
				return i;
			}
		}
		return -1;
	}

	private String subject(LanguageTag language, @Nullable String page) {
		String where = page == null ? "" : pageName(page);
		return this.texts.text(language, where.isEmpty() ? "chat.ticket.subject" : "chat.ticket.subject.page", where);
	}

	private String startNote(LanguageTag language, @Nullable String page, @Nullable SignedIdentity identity,
			@Nullable String typedEmail) {
		// Read by agents: in the workspace's default language, like other system notes.
		String note = this.messages.getMessage("chat.ticket.started",
				new Object[] { page == null ? "-" : page, language.value() }, Locale.ENGLISH);
		if (identity != null) {
			note += "\n" + this.messages.getMessage("chat.ticket.identified", new Object[] { identity.email() },
					Locale.ENGLISH);
		}
		else if (typedEmail != null) {
			note += "\n"
					+ this.messages.getMessage("chat.ticket.typedEmail", new Object[] { typedEmail }, Locale.ENGLISH);
		}
		return note;
	}

	/** The page's host and path, shortened: enough for an agent to recognize it. */
	private static String pageName(String page) {
		try {
			URI uri = URI.create(page);
			String name = (uri.getHost() == null ? "" : uri.getHost()) + (uri.getPath() == null ? "" : uri.getPath());
			return name.length() > 80 ? name.substring(0, 80) + "…" : name;
		}
		catch (IllegalArgumentException ex) {
			return page.length() > 80 ? page.substring(0, 80) + "…" : page;
		}
	}

	private static @Nullable String checkedPage(@Nullable String page) {
		if (page == null || page.isBlank()) {
			return null;
		}
		String stripped = page.strip().replaceAll("\\p{Cntrl}", "");
		if (stripped.length() > MAX_PAGE_CHARS) {
			throw new InvalidValueException("page", "A page address has at most " + MAX_PAGE_CHARS + " characters");
		}
		return stripped;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
