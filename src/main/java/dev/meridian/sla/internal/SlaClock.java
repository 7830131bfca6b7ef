package dev.meridian.sla.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.sla.SlaTarget;
import dev.meridian.sla.SlaTimes;
import dev.meridian.tickets.TicketId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A ticket's service-level clocks and the reply time its customer was promised: one row
 * per ticket in {@code sla_clocks}, written by this module alone. No version: every
 * writer locks the row first ({@link ClockStore#locked}), and the periodic check claims
 * rows with {@code SKIP LOCKED}, so writes apply one after the other.
 */
@Entity
@Table(name = "sla_clocks")
public class SlaClock {

	@Id
	private UUID ticketId;

	private @Nullable Instant firstReplyDueAt;

	private @Nullable Instant nextReplyDueAt;

	private @Nullable Instant resolutionDueAt;

	private @Nullable String policy;

	private @Nullable String calendar;

	private boolean neverOpen;

	private int warningLeadMinutes;

	private @Nullable Instant pausedAt;

	private long pausedMinutes;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> breaches = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> warnings = new ArrayList<>();

	private @Nullable Instant promisedReplyAt;

	private Instant updatedAt;

	protected SlaClock() {
	}

	public TicketId ticket() {
		return new TicketId(this.ticketId);
	}

	public SlaTimes times() {
		return new SlaTimes(this.firstReplyDueAt, this.nextReplyDueAt, this.resolutionDueAt, this.policy, this.calendar,
				this.neverOpen, this.warningLeadMinutes, this.pausedAt, this.pausedMinutes);
	}

	/** Sets the clocks; changes nothing when they are what they were. */
	void record(SlaTimes times, Instant at) {
		if (times.equals(times())) {
			return;
		}
		this.firstReplyDueAt = times.firstReplyDueAt();
		this.nextReplyDueAt = times.nextReplyDueAt();
		this.resolutionDueAt = times.resolutionDueAt();
		this.policy = times.policy();
		this.calendar = times.calendar();
		this.neverOpen = times.neverOpen();
		this.warningLeadMinutes = times.warningLeadMinutes();
		this.pausedAt = times.pausedAt();
		this.pausedMinutes = times.pausedMinutes();
		this.updatedAt = at;
	}

	/** Marks a target as missed; false when it was marked already. */
	boolean recordBreach(SlaTarget target, Instant at) {
		if (this.breaches.contains(target.name())) {
			return false;
		}
		this.breaches = new ArrayList<>(this.breaches);
		this.breaches.add(target.name());
		this.updatedAt = at;
		return true;
	}

	/** Marks a target as warned about; false when it was marked already. */
	boolean recordWarning(SlaTarget target, Instant at) {
		if (this.warnings.contains(target.name())) {
			return false;
		}
		this.warnings = new ArrayList<>(this.warnings);
		this.warnings.add(target.name());
		this.updatedAt = at;
		return true;
	}

	/** Records the first-reply time promised to the customer (null: none). */
	void promiseReply(@Nullable Instant promisedAt, Instant at) {
		this.promisedReplyAt = promisedAt;
		this.updatedAt = at;
	}

	/** The targets missed so far, in the order they were missed. */
	public List<SlaTarget> breaches() {
		return this.breaches.stream().map(SlaTarget::valueOf).toList();
	}

	/** The targets warned about so far. */
	public List<SlaTarget> warnings() {
		return this.warnings.stream().map(SlaTarget::valueOf).toList();
	}

	/** When the customer was told to expect a first reply. */
	public Optional<Instant> promisedReplyAt() {
		return Optional.ofNullable(this.promisedReplyAt);
	}

	/**
	 * Whether the clocks have anything to say: a policy set them or a target was missed.
	 */
	boolean isRunning() {
		return this.policy != null || !this.breaches.isEmpty();
	}

}
