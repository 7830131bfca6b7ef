package dev.meridian.tickets;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.InvalidValueException;
import dev.meridian.agents.AgentId;
import dev.meridian.agents.TeamId;
import dev.meridian.customers.CustomerId;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Persistable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A customer's request and everything done about it. Every change checks the life cycle
 * first and registers the event other modules react to.
 */
@Entity
@Table(name = "tickets")
public class Ticket extends AbstractAggregateRoot<Ticket> implements Persistable<UUID> {

	static final int MAX_SUBJECT_LENGTH = 500;

	static final int MAX_TAGS = 50;

	@Id
	private UUID id;

	private long number;

	private String subject;

	@Enumerated(EnumType.STRING)
	private Status status;

	@Enumerated(EnumType.STRING)
	private Priority priority;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	private UUID customerId;

	private @Nullable UUID assigneeId;

	private @Nullable UUID teamId;

	private @Nullable String assignmentReason;

	private @Nullable Instant assignedAt;

	private @Nullable String marketCode;

	private String language;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> tags = new ArrayList<>();

	private Instant createdAt;

	private Instant updatedAt;

	private @Nullable Instant firstResponseAt;

	private @Nullable Instant solvedAt;

	@Version
	private @Nullable Long version;

	/**
	 * For Spring Data's {@code save}: new until stored, when Hibernate sets its version.
	 * Without it, every save read the version through a {@code getVersion()} that is not
	 * there, by reflection, and built an exception with its stack trace on the way to the
	 * field.
	 */
	@Override
	public boolean isNew() {
		return this.version == null;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	protected Ticket() {
	}

	Ticket(long number, NewTicket request, Instant now) {
		this.id = UUID.randomUUID();
		this.number = number;
		this.subject = checkedSubject(request.subject());
		this.status = Status.NEW;
		this.priority = request.priority();
		this.channel = request.channel();
		this.customerId = request.customer().value();
		this.marketCode = request.market() == null ? null : request.market().value();
		this.language = request.language().value();
		this.tags = new ArrayList<>(normalizedTags(request.tags()));
		this.teamId = request.team() == null ? null : request.team().value();
		this.createdAt = now;
		this.updatedAt = now;
		registerEvent(
				new TicketCreated(id(), number, request.customer(), this.channel, this.language, this.marketCode, now));
		if (request.assignee() != null) {
			assign(request.assignee(), now);
		}
	}

	/** Moves along the life cycle; moving to the current status changes nothing. */
	public void changeStatus(Status target, Instant at) {
		requireNotClosed();
		if (this.status == target) {
			return;
		}
		if (!this.status.canMoveTo(target)) {
			throw new IllegalTransitionException(this.number, this.status, target);
		}
		Status previous = this.status;
		this.status = target;
		this.updatedAt = at;
		registerEvent(new TicketStatusChanged(id(), previous, target, at));
		if (target == Status.SOLVED) {
			this.solvedAt = at;
			registerEvent(new TicketSolved(id(), at));
		}
		if (previous == Status.SOLVED && target == Status.OPEN) {
			this.solvedAt = null;
			registerEvent(new TicketReopened(id(), at));
		}
	}

	public void assign(@Nullable AgentId agent, Instant at) {
		requireNotClosed();
		UUID target = agent == null ? null : agent.value();
		if (java.util.Objects.equals(this.assigneeId, target)) {
			return;
		}
		this.assigneeId = target;
		this.updatedAt = at;
		// A person chose: the routing's reason no longer explains the assignment.
		this.assignmentReason = null;
		this.assignedAt = agent == null ? null : at;
		registerEvent(new TicketAssigned(id(), agent, at));
	}

	/**
	 * Assigns an unassigned ticket with the reason it went to that agent.
	 * @return false when someone was quicker or the ticket is resolved: nothing changes
	 */
	boolean assignWithReason(AgentId agent, AssignmentReason reason, Instant at) {
		if (this.assigneeId != null || !this.status.isUnresolved()) {
			return false;
		}
		assign(agent, at);
		this.assignmentReason = reason.encode();
		return true;
	}

	public void moveToTeam(@Nullable TeamId team, Instant at) {
		requireNotClosed();
		this.teamId = team == null ? null : team.value();
		this.updatedAt = at;
	}

	public void prioritize(Priority priority, Instant at) {
		requireNotClosed();
		if (this.priority == priority) {
			return;
		}
		Priority previous = this.priority;
		this.priority = priority;
		this.updatedAt = at;
		registerEvent(new TicketReprioritized(id(), previous, priority, at));
	}

	/**
	 * Hands the ticket to another customer: a request held apart from a customer until
	 * they confirmed they made it.
	 */
	void moveToCustomer(CustomerId customer, Instant at) {
		requireNotClosed();
		CustomerId previous = customer();
		this.customerId = customer.value();
		this.updatedAt = at;
		if (!previous.equals(customer)) {
			registerEvent(new TicketCustomerChanged(id(), previous, customer, at));
		}
	}

	public void retag(List<String> tags, Instant at) {
		requireNotClosed();
		this.tags = new ArrayList<>(normalizedTags(tags));
		this.updatedAt = at;
	}

	/**
	 * Records the effect of a new message: a customer writing to a solved or waiting
	 * ticket opens it again; an agent's first public reply is the first response.
	 */
	void recordMessage(Message message) {
		requireNotClosed();
		Instant at = message.createdAt();
		this.updatedAt = at;
		if (message.direction() == Direction.INBOUND) {
			if (this.status == Status.SOLVED || this.status == Status.PENDING) {
				changeStatus(Status.OPEN, at);
			}
			registerEvent(new MessageReceived(id(), message.id(), at, at.equals(this.createdAt),
					this.firstResponseAt == null));
		}
		else if (message.visibility() == Visibility.PUBLIC && message.author().type() == Author.Type.BOT) {
			// The bot's answer reaches the visitor but is nobody's reply: the first
			// response and the service levels wait for a person, and no mail goes out.
			registerEvent(new AutomatedReplyPosted(id(), message.id(), at));
		}
		else if (message.visibility() == Visibility.PUBLIC) {
			if (this.firstResponseAt == null) {
				this.firstResponseAt = at;
			}
			if (this.status == Status.NEW) {
				changeStatus(Status.OPEN, at);
			}
			registerEvent(new ReplySent(id(), message.id(), message.author().agent().orElse(null), at,
					message.original().isPresent()));
		}
	}

	/** The events the next save will publish. */
	java.util.Collection<Object> registeredEvents() {
		return domainEvents();
	}

	private void requireNotClosed() {
		if (this.status == Status.CLOSED) {
			throw new TicketClosedException(this.number);
		}
	}

	static String checkedSubject(String subject) {
		String stripped = subject == null ? "" : subject.strip();
		if (stripped.isEmpty()) {
			throw new InvalidValueException("subject", "A ticket needs a subject");
		}
		if (stripped.codePointCount(0, stripped.length()) > MAX_SUBJECT_LENGTH) {
			throw new InvalidValueException("subject",
					"A subject may have at most " + MAX_SUBJECT_LENGTH + " characters");
		}
		MessageBodies.requireStorable("subject", stripped);
		return stripped;
	}

	static List<String> normalizedTags(List<String> tags) {
		if (tags.size() > MAX_TAGS) {
			throw new InvalidValueException("tags", "A ticket may have at most " + MAX_TAGS + " tags");
		}
		List<String> normalized = new ArrayList<>();
		for (String tag : tags) {
			String value = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
			if (value.isEmpty() || value.length() > 64 || !value.matches("[\\p{L}\\p{N}_:.\\-]+")) {
				throw new InvalidValueException("tags",
						"'" + tag + "' is not a valid tag (letters, digits, _ : . -, at most 64 characters)");
			}
			if (!normalized.contains(value)) {
				normalized.add(value);
			}
		}
		return normalized;
	}

	public TicketId id() {
		return new TicketId(this.id);
	}

	/** The customer wrote or is named in the subject: it goes with their erasure. */
	void eraseSubject() {
		this.subject = dev.meridian.privacy.DataSubject.ERASED;
	}

	public long number() {
		return this.number;
	}

	public String subject() {
		return this.subject;
	}

	public Status status() {
		return this.status;
	}

	public Priority priority() {
		return this.priority;
	}

	public Channel channel() {
		return this.channel;
	}

	public CustomerId customer() {
		return new CustomerId(this.customerId);
	}

	public Optional<AgentId> assignee() {
		return Optional.ofNullable(this.assigneeId).map(AgentId::new);
	}

	/** Why routing gave the ticket to its assignee. */
	public Optional<AssignmentReason> assignmentReason() {
		return AssignmentReason.decode(this.assignmentReason);
	}

	/** When the current assignee got the ticket. */
	public Optional<Instant> assignedAt() {
		return Optional.ofNullable(this.assignedAt);
	}

	public Optional<TeamId> team() {
		return Optional.ofNullable(this.teamId).map(TeamId::new);
	}

	public Optional<CountryCode> market() {
		return Optional.ofNullable(this.marketCode).map(CountryCode::new);
	}

	public LanguageTag language() {
		return LanguageTag.read(this.language);
	}

	public List<String> tags() {
		return List.copyOf(this.tags);
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public Optional<Instant> firstResponseAt() {
		return Optional.ofNullable(this.firstResponseAt);
	}

	public Optional<Instant> solvedAt() {
		return Optional.ofNullable(this.solvedAt);
	}

	public long version() {
		return this.version == null ? 0 : this.version;
	}

}
