package dev.meridian.routing.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A ticket nobody could take yet, with the code of the reason it waits.
 */
@Entity
@Table(name = "routing_queue")
public class QueuedTicket {

	@Id
	private UUID ticketId;

	private @Nullable UUID teamId;

	private String language;

	private String reason;

	private Instant queuedAt;

	private Instant attemptedAt;

	protected QueuedTicket() {
	}

	public QueuedTicket(UUID ticketId, @Nullable UUID teamId, String language, String reason, Instant at) {
		this.ticketId = ticketId;
		this.teamId = teamId;
		this.language = language;
		this.reason = reason;
		this.queuedAt = at;
		this.attemptedAt = at;
	}

	public void attempted(@Nullable UUID teamId, String reason, Instant at) {
		this.teamId = teamId;
		this.reason = reason;
		this.attemptedAt = at;
	}

	public UUID ticketId() {
		return this.ticketId;
	}

	public @Nullable UUID teamId() {
		return this.teamId;
	}

	public String language() {
		return this.language;
	}

	public String reason() {
		return this.reason;
	}

	public Instant queuedAt() {
		return this.queuedAt;
	}

}
