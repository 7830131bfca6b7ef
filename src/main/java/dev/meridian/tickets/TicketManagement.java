package dev.meridian.tickets;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.meridian.InvalidValueException;
import dev.meridian.Keyset;
import dev.meridian.NotFoundException;
import dev.meridian.agents.Actor;
import dev.meridian.agents.Agent;
import dev.meridian.agents.AgentId;
import dev.meridian.agents.AgentManagement;
import dev.meridian.agents.TeamId;
import dev.meridian.language.Detection;
import dev.meridian.language.DetectionHints;
import dev.meridian.language.LanguageDetection;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.internal.AttachmentStore;
import dev.meridian.tickets.internal.Attachments;
import dev.meridian.tickets.internal.Messages;
import dev.meridian.tickets.internal.TicketSearch;
import dev.meridian.tickets.internal.Tickets;
import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens tickets, adds messages, changes status, priority, assignment and tags, and finds
 * tickets. Events are published with each change, inside its transaction.
 */
@Service
@Transactional
public class TicketManagement {

	private final Tickets tickets;

	private final Messages messages;

	private final Attachments attachments;

	private final AttachmentStore attachmentStore;

	private final AttachmentSettings attachmentSettings;

	private final TicketSearch search;

	private final AgentManagement agents;

	private final LanguageDetection detection;

	private final Clock clock;

	private final EntityManager entityManager;

	TicketManagement(Tickets tickets, Messages messages, Attachments attachments, AttachmentStore attachmentStore,
			AttachmentSettings attachmentSettings, TicketSearch search, AgentManagement agents,
			LanguageDetection detection, Clock clock, EntityManager entityManager) {
		this.entityManager = entityManager;
		this.detection = detection;
		this.tickets = tickets;
		this.messages = messages;
		this.attachments = attachments;
		this.attachmentStore = attachmentStore;
		this.attachmentSettings = attachmentSettings;
		this.search = search;
		this.agents = agents;
		this.clock = clock;
	}

	/** Opens a ticket with the customer's first message, assigned as the actor may. */
	public Ticket open(NewTicket request, Actor actor) {
		if (request.assignee() != null) {
			AssignmentPolicy.check(actor, null, request.assignee());
		}
		requireAssignable(request.assignee());
		requireTeam(request.team());
		Instant now = this.clock.instant();
		Ticket ticket = this.tickets.save(new Ticket(this.tickets.nextNumber(), request, now));
		addMessage(ticket, Author.customer(request.customer()), request.firstMessage(), now, null);
		// Saved again although managed: save publishes the events the ticket registered
		// since the first one (MessageReceived for the first message).
		return this.tickets.save(ticket);
	}

	/**
	 * Opens a ticket that starts with our message to the customer rather than theirs (a
	 * proactive notification): the request's first message is a public outbound one by
	 * the author, which channels deliver like any reply. The ticket then waits for the
	 * customer ({@link Status#PENDING}).
	 */
	public Ticket openOutbound(NewTicket request, Author author) {
		if (author.type() == Author.Type.CUSTOMER) {
			throw new IllegalArgumentException("An outbound ticket starts with a message from us, not the customer");
		}
		requireAssignable(request.assignee());
		requireTeam(request.team());
		Instant now = this.clock.instant();
		Ticket ticket = this.tickets.save(new Ticket(this.tickets.nextNumber(), request, now));
		addMessage(ticket, author, request.firstMessage(), now, null);
		ticket.changeStatus(Status.PENDING, now);
		return this.tickets.save(ticket);
	}

	/** Adds a message: a customer's, an agent's reply, or an internal note. */
	public Message addMessage(TicketId id, Author author, MessageDraft draft) {
		Ticket ticket = findLocked(id);
		Message message = addMessage(ticket, author, draft, this.clock.instant(), null);
		this.tickets.save(ticket);
		return message;
	}

	/**
	 * Adds a reply written in the agent's language and sent in the customer's: the draft
	 * holds the translation, {@code original} what the agent wrote.
	 */
	public Message addTranslatedMessage(TicketId id, Author author, MessageDraft draft, OriginalText original) {
		Ticket ticket = findLocked(id);
		Message message = addMessage(ticket, author, draft, this.clock.instant(), original);
		this.tickets.save(ticket);
		return message;
	}

	/**
	 * The ticket, its row locked until the caller's transaction ends. Every change to a
	 * ticket reads it this way, before anything else: an agent's change, a customer's
	 * message and routing's assignment may change the same ticket at the same moment, and
	 * with the row locked they apply one after the other instead of failing on the
	 * version. (The SLA clocks and the reply promise are not on the ticket's row: the SLA
	 * module keeps them in its own.)
	 */
	Ticket findLocked(TicketId id) {
		if (!readInThisTransaction(id)) {
			// Read once, locked: most changes start here (a customer's message, a chat
			// line), and the read and the locking read were two statements each time.
			Ticket ticket = this.entityManager.find(Ticket.class, id.value(),
					jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
			if (ticket == null) {
				throw new NotFoundException("Ticket", id);
			}
			return ticket;
		}
		Ticket ticket = this.entityManager.find(Ticket.class, id.value());
		if (ticket == null) {
			throw new NotFoundException("Ticket", id);
		}
		// Read again under the lock. A locking query would fail on a copy this
		// transaction read before and that has changed since ("conflicting version").
		this.entityManager.refresh(ticket, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
		return ticket;
	}

	/** Whether this transaction holds a copy of the ticket already (read or created). */
	private boolean readInThisTransaction(TicketId id) {
		SessionImplementor session = this.entityManager.unwrap(SessionImplementor.class);
		EntityPersister persister = session.getFactory().getMappingMetamodel().getEntityDescriptor(Ticket.class);
		return session.getPersistenceContextInternal().containsEntity(session.generateEntityKey(id.value(), persister));
	}

	/** Records how delivering an outbound message went, as its channel reports it. */
	public void recordDelivery(MessageId id, DeliveryStatus status, @Nullable String detail) {
		Message message = this.messages.findById(id.value()).orElseThrow(() -> new NotFoundException("Message", id));
		message.recordDelivery(status, detail);
		this.messages.save(message);
	}

	/** Records the sender checks the receiving mail server reported for a message. */
	public void recordSenderAuthentication(MessageId id, SenderAuthentication authentication) {
		Message message = this.messages.findById(id.value()).orElseThrow(() -> new NotFoundException("Message", id));
		message.recordSenderAuthentication(authentication);
		this.messages.save(message);
	}

	@Transactional(readOnly = true)
	public Optional<Message> findMessage(MessageId id) {
		return this.messages.findById(id.value());
	}

	/**
	 * Attaches a ticket that was held apart (tagged {@code heldTag}) to the customer it
	 * turned out to belong to, and drops the tag.
	 */
	public Ticket attachToCustomer(TicketId id, dev.meridian.customers.CustomerId customer, String heldTag) {
		Ticket ticket = findLocked(id);
		Instant now = this.clock.instant();
		ticket.moveToCustomer(customer, now);
		ticket.retag(ticket.tags().stream().filter(tag -> !tag.equals(heldTag)).toList(), now);
		return this.tickets.save(ticket);
	}

	public Ticket update(TicketId id, TicketChanges changes, Actor actor) {
		Ticket ticket = findLocked(id);
		Instant now = this.clock.instant();
		if (changes.changeAssignee()) {
			AssignmentPolicy.check(actor, ticket.assignee().orElse(null), changes.assignee());
			requireAssignable(changes.assignee());
			ticket.assign(changes.assignee(), now);
		}
		if (changes.changeTeam()) {
			requireTeam(changes.team());
			ticket.moveToTeam(changes.team(), now);
		}
		if (changes.priority() != null) {
			ticket.prioritize(changes.priority(), now);
		}
		if (changes.tags() != null) {
			ticket.retag(changes.tags(), now);
		}
		if (changes.status() != null) {
			ticket.changeStatus(changes.status(), now);
		}
		return this.tickets.save(ticket);
	}

	/**
	 * Gives an unassigned ticket to an agent chosen by a rule, with the rule's reason
	 * (routing calls this; it does not go through the assignment policy, since no person
	 * acts).
	 * @return false when the ticket got an assignee meanwhile or was resolved
	 */
	public boolean assign(TicketId id, AgentId agent, AssignmentReason reason) {
		Ticket ticket = findLocked(id);
		if (!ticket.assignWithReason(agent, reason, this.clock.instant())) {
			return false;
		}
		this.tickets.save(ticket);
		return true;
	}

	/** The workload of each agent asked for; agents with no tickets are idle. */
	@Transactional(readOnly = true)
	public Map<AgentId, AgentWorkload> workloads(Collection<AgentId> agents) {
		Map<AgentId, AgentWorkload> result = new java.util.HashMap<>();
		agents.forEach(agent -> result.put(agent, AgentWorkload.idle(agent)));
		if (agents.isEmpty()) {
			return result;
		}
		for (Object[] row : this.tickets.workloads(agents.stream().map(AgentId::value).toList())) {
			AgentId agent = new AgentId((java.util.UUID) row[0]);
			result.put(agent, new AgentWorkload(agent, ((Number) row[1]).intValue(), ((Number) row[2]).intValue(),
					row[3] == null ? null : toInstant(row[3])));
		}
		return result;
	}

	/** Who last had one of the customer's other tickets: for continuity. */
	@Transactional(readOnly = true)
	public Optional<AgentId> lastAssignee(dev.meridian.customers.CustomerId customer, TicketId except) {
		return this.tickets.lastAssignees(customer.value(), except.value()).stream().findFirst().map(AgentId::new);
	}

	private static Instant toInstant(Object value) {
		if (value instanceof Instant instant) {
			return instant;
		}
		if (value instanceof java.time.OffsetDateTime offset) {
			return offset.toInstant();
		}
		return ((java.sql.Timestamp) value).toInstant();
	}

	@Transactional(readOnly = true)
	public Optional<Ticket> find(TicketId id) {
		return this.tickets.findById(id.value());
	}

	@Transactional(readOnly = true)
	public Ticket get(TicketId id) {
		return find(id).orElseThrow(() -> new NotFoundException("Ticket", id));
	}

	@Transactional(readOnly = true)
	public Optional<Ticket> findByNumber(long number) {
		return this.tickets.findByNumber(number);
	}

	/** A page of tickets, most recently updated first. */
	@Transactional(readOnly = true)
	public TicketPage list(TicketQuery query, @Nullable Keyset after, int limit) {
		return list(query, TicketSort.UPDATED, after, limit);
	}

	/** A page of tickets in the given order. */
	@Transactional(readOnly = true)
	public TicketPage list(TicketQuery query, TicketSort sort, @Nullable Keyset after, int limit) {
		if (sort == TicketSort.DUE) {
			List<TicketSearch.Due> found = this.search.findDue(query, after, limit + 1);
			if (found.size() <= limit) {
				return new TicketPage(found.stream().map(TicketSearch.Due::ticket).toList(), null);
			}
			TicketSearch.Due last = found.get(limit - 1);
			return new TicketPage(found.subList(0, limit).stream().map(TicketSearch.Due::ticket).toList(),
					new Keyset(last.dueOrder(), last.ticket().id().value()));
		}
		List<Ticket> found = this.search.find(query, sort, after, limit + 1);
		if (found.size() <= limit) {
			return new TicketPage(found, null);
		}
		List<Ticket> page = found.subList(0, limit);
		Ticket last = page.get(limit - 1);
		return new TicketPage(List.copyOf(page), new Keyset(last.updatedAt(), last.id().value()));
	}

	/** Every message of every ticket of the customer, oldest ticket first. */
	@Transactional(readOnly = true)
	public List<MessageId> messageIdsOf(dev.meridian.customers.CustomerId customer) {
		return this.tickets.findAllOfCustomer(customer.value())
			.stream()
			.flatMap(ticket -> this.messages.findByTicket(ticket.id().value()).stream())
			.map(Message::id)
			.toList();
	}

	/** The conversation in the order it happened. */
	@Transactional(readOnly = true)
	public List<Message> messages(TicketId id) {
		get(id);
		return this.messages.findByTicket(id.value());
	}

	@Transactional(readOnly = true)
	public Map<MessageId, List<Attachment>> attachments(Collection<MessageId> messageIds) {
		if (messageIds.isEmpty()) {
			return Map.of();
		}
		if (messageIds.size() == 1) {
			MessageId only = messageIds.iterator().next();
			List<Attachment> found = this.attachments.findByMessage(only.value());
			return found.isEmpty() ? Map.of() : Map.of(only, found);
		}
		return this.attachments.findByMessages(messageIds.stream().map(MessageId::value).toList())
			.stream()
			.collect(Collectors.groupingBy(Attachment::message));
	}

	/** An attachment of a ticket's message, checked to belong to that ticket. */
	@Transactional(readOnly = true)
	public Attachment attachment(TicketId ticket, java.util.UUID attachmentId) {
		Attachment attachment = this.attachments.findById(attachmentId)
			.orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
		Message message = this.messages.findById(attachment.message().value())
			.filter(m -> m.ticket().equals(ticket))
			.orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
		return attachment;
	}

	public InputStream content(Attachment attachment) throws IOException {
		return this.attachmentStore.open(attachment.sha256());
	}

	private Message addMessage(Ticket ticket, Author author, MessageDraft draft, Instant at,
			@Nullable OriginalText original) {
		// Public messages are read for their language, replies too: an agent may answer
		// in
		// English a customer who wrote Hungarian. Internal notes are nobody's business.
		if (draft.language() == null && draft.visibility() == Visibility.PUBLIC) {
			Detection detection = this.detection.detect(draft.readableText(),
					DetectionHints.customer(ticket.language().isUndetermined() ? null : ticket.language(), List.of()));
			draft = draft.withDetectedLanguage(detection.language(), detection.confidence());
		}
		LanguageTag language = draft.language() != null ? draft.language()
				: draft.visibility() == Visibility.INTERNAL ? LanguageTag.UNDETERMINED : ticket.language();
		Message message = new Message(ticket.id(), author, draft, language, at);
		if (original != null) {
			// before the ticket hears of it: its event says whether the reply was
			// translated
			message.recordOriginal(original);
		}
		ticket.recordMessage(message);
		this.messages.save(message);
		for (MessageDraft.NewAttachment file : draft.attachments()) {
			this.attachments.save(storeAttachment(message.id(), file, at));
		}
		return message;
	}

	private Attachment storeAttachment(MessageId message, MessageDraft.NewAttachment file, Instant at) {
		long max = this.attachmentSettings.maxSize().toBytes();
		if (file.content().length > max) {
			throw new InvalidValueException("attachments", "'" + file.name() + "' is larger than the limit of "
					+ this.attachmentSettings.maxSize().toMegabytes() + " MB");
		}
		String name = AttachmentNames.safe(file.name());
		String sha256 = this.attachmentStore.store(file.content());
		return new Attachment(message, name, AttachmentNames.mediaType(file.mediaType()), file.content().length, sha256,
				at);
	}

	private void requireAssignable(@Nullable AgentId assignee) {
		if (assignee == null) {
			return;
		}
		Agent agent = this.agents.find(assignee)
			.orElseThrow(() -> new InvalidValueException("assignee", "Agent " + assignee + " does not exist"));
		if (!agent.isActive()) {
			throw new InvalidValueException("assignee", "Agent " + agent.displayName() + " is not active");
		}
	}

	private void requireTeam(@Nullable TeamId team) {
		if (team != null && this.agents.findTeam(team).isEmpty()) {
			throw new InvalidValueException("team", "Team " + team + " does not exist");
		}
	}

}
