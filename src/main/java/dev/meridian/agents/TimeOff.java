package dev.meridian.agents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A time an agent is away from work besides their weekly rest: whole days in their zone,
 * or an exact span.
 */
@Entity
@Table(name = "agent_time_off")
public class TimeOff {

	@Id
	private UUID id;

	private UUID agentId;

	private @Nullable LocalDate firstDay;

	private @Nullable LocalDate lastDay;

	private @Nullable Instant startsAt;

	private @Nullable Instant endsAt;

	private @Nullable String note;

	private Instant createdAt;

	protected TimeOff() {
	}

	TimeOff(AgentId agent, NewTimeOff request, Instant now) {
		this.id = UUID.randomUUID();
		this.agentId = agent.value();
		this.firstDay = request.firstDay();
		this.lastDay = request.lastDay();
		this.startsAt = request.startsAt();
		this.endsAt = request.endsAt();
		this.note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
		this.createdAt = now;
	}

	public TimeOffId id() {
		return new TimeOffId(this.id);
	}

	public AgentId agent() {
		return new AgentId(this.agentId);
	}

	/** Whether it is whole days rather than a span. */
	public boolean isWholeDays() {
		return this.firstDay != null;
	}

	public Optional<LocalDate> firstDay() {
		return Optional.ofNullable(this.firstDay);
	}

	public Optional<LocalDate> lastDay() {
		return Optional.ofNullable(this.lastDay);
	}

	public Optional<Instant> startsAt() {
		return Optional.ofNullable(this.startsAt);
	}

	public Optional<Instant> endsAt() {
		return Optional.ofNullable(this.endsAt);
	}

	public Optional<String> note() {
		return Optional.ofNullable(this.note);
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	boolean overlaps(NewTimeOff other) {
		if (isWholeDays() && other.firstDay() != null) {
			return !other.firstDay().isAfter(this.lastDay) && !other.lastDay().isBefore(this.firstDay);
		}
		if (!isWholeDays() && other.startsAt() != null) {
			return other.startsAt().isBefore(this.endsAt) && this.startsAt.isBefore(other.endsAt());
		}
		// Days and spans may overlap: a span on a day off changes nothing, so it is
		// allowed.
		return false;
	}

}
