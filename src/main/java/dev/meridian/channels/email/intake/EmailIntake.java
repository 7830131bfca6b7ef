package dev.meridian.channels.email.intake;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.DomainException;
import dev.meridian.EmailAddresses;
import dev.meridian.agents.Actor;
import dev.meridian.agents.Role;
import dev.meridian.agents.TeamId;
import dev.meridian.channels.email.EmailSettings;
import dev.meridian.channels.email.parsing.MailLimits;
import dev.meridian.channels.email.parsing.MailParser;
import dev.meridian.channels.email.parsing.ParsedMail;
import dev.meridian.channels.email.parsing.UnreadableMailException;
import dev.meridian.customers.Customer;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.customers.CustomerProfile;
import dev.meridian.markets.CountryCode;
import dev.meridian.tickets.AttachmentSettings;
import dev.meridian.tickets.Author;
import dev.meridian.tickets.Channel;
import dev.meridian.tickets.IncomingTicket;
import dev.meridian.tickets.Message;
import dev.meridian.tickets.MessageDraft;
import dev.meridian.tickets.OpenedTicket;
import dev.meridian.tickets.Priority;
import dev.meridian.tickets.SenderAuthentication;
import dev.meridian.tickets.Ticket;
import dev.meridian.tickets.TicketIntake;
import dev.meridian.tickets.TicketLinks;
import dev.meridian.tickets.TicketManagement;
import dev.meridian.tickets.Visibility;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receives one raw mail and stores it as a ticket message, or holds it in the quarantine
 * with a reason. Every path ends in one of the two; no exception escapes. A mail seen
 * before (same Message-ID, or the same bytes when it has none) is recognised and not
 * stored twice.
 */
@Service
public class EmailIntake {

	private static final Logger log = LoggerFactory.getLogger(EmailIntake.class);

	private static final Actor SYSTEM = new Actor(null, Role.AGENT);

	/**
	 * Tries at storing a mail that clashes with concurrent writers, the first included.
	 */
	private static final int STORE_ATTEMPTS = 4;

	private final MailParser parser;

	private final ParseBudget budget;

	private final Threading threading;

	private final Bounces bounces;

	private final TicketIntake intake;

	private final TicketManagement tickets;

	private final CustomerManagement customers;

	private final MailRecords records;

	private final Quarantine quarantine;

	private final TransactionTemplate transaction;

	private final EmailSettings settings;

	private final long maxAttachmentSize;

	private final Clock clock;

	private final List<IntakeListener> listeners;

	private final EntityManager entities;

	private final TicketLinks links;

	/** The receiving servers whose Authentication-Results count; empty: the topmost. */
	private final java.util.Set<String> trustedAuthservIds;

	/** Time spent reading mail and storing it, apart: where ingestion time goes. */
	private final Timer parsing;

	private final Timer storing;

	EmailIntake(TicketIntake intake, TicketManagement tickets, CustomerManagement customers, MailRecords records,
			Quarantine quarantine, TransactionTemplate transaction, EmailSettings settings,
			AttachmentSettings attachments, Clock clock, List<IntakeListener> listeners, EntityManager entities,
			MeterRegistry meters, Threading threading, Bounces bounces, TicketLinks links, ParseBudget budget) {
		this.budget = budget;
		this.threading = threading;
		this.links = links;
		this.trustedAuthservIds = settings.authservIds()
			.stream()
			.map(id -> id.strip().toLowerCase(java.util.Locale.ROOT))
			.filter(id -> !id.isEmpty())
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
		this.bounces = bounces;
		this.entities = entities;
		this.parsing = Timer.builder("meridian.email.intake").tag("phase", "parse").register(meters);
		this.storing = Timer.builder("meridian.email.intake").tag("phase", "store").register(meters);
		this.intake = intake;
		this.tickets = tickets;
		this.customers = customers;
		this.records = records;
		this.quarantine = quarantine;
		this.transaction = transaction;
		this.settings = settings;
		this.maxAttachmentSize = attachments.maxSize().toBytes();
		this.clock = clock;
		this.listeners = listeners;
		this.parser = new MailParser(new MailLimits(Math.max(this.maxAttachmentSize, 1), 500, 40));
	}

	/**
	 * Where a mail came from: the mailbox (with its team and market), or none for mail
	 * posted to the inbound endpoint.
	 */
	public record Origin(@Nullable UUID mailbox, @Nullable TeamId team, @Nullable CountryCode market,
			List<String> ownAddresses, boolean released) {

		public Origin(@Nullable UUID mailbox, @Nullable TeamId team, @Nullable CountryCode market,
				List<String> ownAddresses) {
			this(mailbox, team, market, ownAddresses, false);
		}

		public static Origin endpoint(List<String> ownAddresses) {
			return new Origin(null, null, null, ownAddresses, false);
		}

	}

	public IntakeResult receive(byte[] raw, Origin origin) {
		if (raw.length > this.settings.maxMessageSize().toBytes()) {
			return receiveOversized(MailExcerpt.of(raw), origin);
		}
		ParsedMail mail;
		long started = System.nanoTime();
		try {
			// Within a budget of time, so no mail holds an intake thread for long.
			mail = this.budget.read(deadline -> this.parser.parse(raw, deadline));
			this.parsing.record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
		}
		catch (UnreadableMailException ex) {
			return hold(raw, origin, ex.reason(), ex.getMessage(), null);
		}
		catch (RuntimeException | StackOverflowError ex) {
			return hold(raw, origin, "unparseable", "The parser failed: " + ex, null);
		}
		long storeStarted = System.nanoTime();
		try {
			return store(raw, mail, origin);
		}
		finally {
			this.storing.record(System.nanoTime() - storeStarted, java.util.concurrent.TimeUnit.NANOSECONDS);
		}
	}

	/**
	 * Holds a mail over the size limit, of which only an excerpt was read (the mailbox
	 * poller reads no more of such a mail), with what an admin needs to judge it.
	 */
	public IntakeResult receiveOversized(MailExcerpt excerpt, Origin origin) {
		byte[] start = excerpt.bytes();
		String from = MailParser.rawHeader(start, "From");
		String subject = MailParser.rawHeader(start, "Subject");
		UUID id = this.quarantine.holdExcerpt(excerpt, origin.mailbox(), "too-large",
				"The message has " + excerpt.size() + " bytes; the limit is " + this.settings.maxMessageSize().toBytes()
						+ ". Only its headers and the first " + excerpt.bodyStart().length
						+ " bytes of its body were kept.",
				from, subject);
		log.info("Mail of {} bytes held in the quarantine as {}: too-large", excerpt.size(), id);
		return new IntakeResult.Quarantined(id, "too-large");
	}

	/**
	 * Receives a mail an admin released from the quarantine: the rate limit no longer
	 * applies (the admin decided), everything else does.
	 */
	public IntakeResult reimport(byte[] raw, @Nullable UUID mailbox, List<String> ownAddresses) {
		Origin origin = new Origin(mailbox, null, null, ownAddresses, true);
		return receive(raw, origin);
	}

	/**
	 * Stores a parsed mail; any failure to store sends it to the quarantine instead. A
	 * clash with a concurrent writer is tried again from the start: the same mail or the
	 * same new customer stored at this moment by another poller (then found), or a row
	 * changed under us, such as the outbox sender recording the delivery of the very
	 * reply a bounce is about (then read afresh).
	 */
	IntakeResult store(byte[] raw, ParsedMail mail, Origin origin) {
		for (int attempt = 1;; attempt++) {
			try {
				return storeOrHold(raw, mail, origin);
			}
			catch (RuntimeException ex) {
				if (attempt < STORE_ATTEMPTS && ConcurrentWrites.clashed(ex)) {
					log.debug("Storing a mail met a concurrent change (attempt {}); once more", attempt, ex);
					continue;
				}
				if (!(ex instanceof DomainException || ex instanceof DataAccessException)) {
					log.warn("Mail could not be stored; held in the quarantine", ex);
				}
				return hold(raw, origin, "unstorable", describe(ex), mail);
			}
		}
	}

	private IntakeResult storeOrHold(byte[] raw, ParsedMail mail, Origin origin) {
		String from;
		try {
			from = EmailAddresses.normalize("from", mail.from().address());
		}
		catch (DomainException ex) {
			return hold(raw, origin, "invalid-sender", ex.getMessage(), mail);
		}
		String messageIdHeader = mail.messageId() != null ? mail.messageId() : synthesizedId(raw);
		Optional<MailRecords.Known> seen = this.records.find(messageIdHeader);
		if (seen.isPresent()) {
			if (seen.get().direction().equals("OUTBOUND")) {
				return hold(raw, origin, "own-mail",
						"This is a mail Meridian sent (Message-ID " + messageIdHeader + ")", mail);
			}
			return new IntakeResult.Stored(seen.get().ticketId(), seen.get().messageId(), true);
		}
		if (origin.ownAddresses().stream().anyMatch(own -> own.equalsIgnoreCase(from))) {
			return hold(raw, origin, "loop", "The sender is one of Meridian's own mailboxes", mail);
		}
		Instant now = this.clock.instant();
		if (!origin.released()
				&& this.records.receivedFrom(from, now.minus(Duration.ofHours(1))) >= this.settings.senderRateLimit()) {
			return hold(raw, origin, "sender-rate-limit",
					"More than " + this.settings.senderRateLimit() + " mails from " + from + " in the last hour", mail);
		}
		if (mail.bounce() != null) {
			return this.transaction
				.execute(status -> this.bounces.store(raw, mail, from, messageIdHeader, origin, now));
		}
		return this.transaction.execute(status -> storeMessage(raw, mail, from, messageIdHeader, origin, now));
	}

	private IntakeResult.Stored storeMessage(byte[] raw, ParsedMail mail, String from, String messageIdHeader,
			Origin origin, Instant now) {
		Threading.Match match = this.threading.match(mail, from);
		Optional<Ticket> existing = match.ticket();
		boolean knownSender = this.customers.findByEmail(from).isPresent();
		boolean automatic = mail.kind().isAutomatic();
		Message message;
		Ticket ticket;
		if (existing.isPresent()) {
			ticket = existing.get();
			Customer customer = this.customers.findOrCreate(profile(mail, from, origin));
			// Automatic mail (out of office) is kept as a note: it must not reopen a
			// solved ticket, nor count as the customer's answer.
			MessageDraft draft = MailDrafts.of(mail, from, automatic ? Visibility.INTERNAL : Visibility.PUBLIC,
					this.maxAttachmentSize);
			message = this.tickets.addMessage(ticket.id(), automatic ? Author.system() : Author.customer(customer.id()),
					draft);
		}
		else {
			MessageDraft draft = MailDrafts.of(mail, from, Visibility.PUBLIC, this.maxAttachmentSize);
			List<String> tags = automatic ? List.of("email", "automatic") : List.of("email");
			OpenedTicket opened = this.intake.open(new IncomingTicket(profile(mail, from, origin), subjectOf(mail),
					draft, Channel.EMAIL, Priority.NORMAL, tags, origin.team(), null), SYSTEM);
			ticket = opened.ticket();
			message = this.tickets.messages(ticket.id()).get(0);
		}
		// The ticket and message rows must exist before ours refer to them.
		this.entities.flush();
		if (match.refused() != null) {
			this.links.link(ticket.id(), match.refused().id(), TicketLinks.UNVERIFIED_SENDER);
		}
		SenderAuthentication checks = AuthenticationResults.of(raw, this.trustedAuthservIds);
		if (checks != null) {
			this.tickets.recordSenderAuthentication(message.id(), checks);
		}
		if (!this.records.remember(messageIdHeader, ticket.id().value(), message.id().value(), "INBOUND", from,
				origin.mailbox(), now)) {
			// The same mail was stored meanwhile by another intake (a poll cut off while
			// its batch was still being stored, and polled again): this copy's ticket
			// rolls back and the attempt after finds that one.
			throw new DuplicateKeyException("Message-ID " + messageIdHeader + " stored meanwhile");
		}
		this.records.keepSource(message.id().value(), raw, now);
		if (!automatic) {
			this.records.clearBouncing(from);
		}
		IntakeResult.Stored stored = new IntakeResult.Stored(ticket.id().value(), message.id().value(), false);
		boolean opened = existing.isEmpty();
		this.listeners.forEach(listener -> listener.stored(stored, mail, origin, opened, knownSender));
		return stored;
	}

	private static CustomerProfile profile(ParsedMail mail, String from, Origin origin) {
		SenderNames names = SenderNames.of(mail.from() == null ? null : mail.from().name());
		return new CustomerProfile(clip(names.given(), 200), clip(names.family(), 200), clip(names.full(), 400),
				List.of(from), List.of(), null, null, null, origin.market(), null);
	}

	private static @Nullable String clip(@Nullable String value, int max) {
		return Quarantine.clip(value == null ? null : MailDrafts.storable(value), max);
	}

	private static String subjectOf(ParsedMail mail) {
		String subject = MailDrafts.storable(mail.subject()).strip();
		if (subject.isEmpty()) {
			String text = mail.text().strip();
			subject = text.isEmpty() ? "(—)" : text.lines().findFirst().orElse("(—)");
		}
		return Quarantine.clip(subject, 200);
	}

	private IntakeResult.Quarantined hold(byte[] raw, Origin origin, String reason, @Nullable String detail,
			@Nullable ParsedMail mail) {
		String from = mail == null ? MailParser.rawHeader(raw, "From")
				: mail.from() == null ? null : mail.from().address();
		String subject = mail == null ? MailParser.rawHeader(raw, "Subject") : mail.subject();
		UUID id = this.quarantine.hold(raw, origin.mailbox(), reason, detail, from, subject);
		log.info("Mail held in the quarantine as {}: {}", id, reason);
		return new IntakeResult.Quarantined(id, reason);
	}

	private static String describe(Exception ex) {
		return ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
	}

	/** A Message-ID for mail without one: the same bytes always give the same id. */
	static String synthesizedId(byte[] raw) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw);
			return "sha256-" + HexFormat.of().formatHex(digest) + "@meridian.invalid";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
