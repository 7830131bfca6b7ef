package dev.meridian.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.meridian.InvalidValueException;
import dev.meridian.NotFoundException;
import dev.meridian.privacy.audit.AuditLog;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers' own export and erasure requests: opened once the address is confirmed (by
 * the help center), due by the deadline of the customer's market, worked on by admins.
 * Opening one starts nothing by itself: an admin checks who asks and starts the export or
 * erasure, then closes the request.
 */
@Service
public class PrivacyRequests {

	private static final Set<String> CLOSED = Set.of("done", "rejected");

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final PrivacySettings settings;

	private final java.time.Clock clock;

	PrivacyRequests(JdbcClient jdbc, AuditLog audit, PrivacySettings settings, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * A confirmed request to open.
	 *
	 * @param customerId the customer whose address it is, if any
	 * @param market the customer's market, else the one the help center was read in
	 */
	public record NewRequest(PrivacyRequest.Kind kind, String email, @Nullable UUID customerId, @Nullable String market,
			String language, String source) {
	}

	/** Opens the request, due {@link PrivacySettings#deadline} from now. */
	@Transactional
	public PrivacyRequest open(NewRequest request) {
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		Instant due = now.plus(this.settings.deadline(request.market()));
		this.jdbc.sql("""
				insert into privacy_requests (id, kind, email, customer_id, market, language, source, status,
				                              created_at, due_at)
				values (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)""")
			.params(id, request.kind().value(), request.email(), request.customerId(), request.market(),
					request.language(), request.source(), Timestamp.from(now), Timestamp.from(due))
			.update();
		this.audit.record(request.source(), "privacy.request-opened", subject(id, request.customerId()));
		return find(id).orElseThrow();
	}

	public Optional<PrivacyRequest> find(UUID id) {
		return this.jdbc.sql("select * from privacy_requests where id = ?")
			.param(id)
			.query(PrivacyRequests::row)
			.optional();
	}

	/**
	 * Requests by status (all when none), the nearest due first, after the one named by
	 * {@code after} (a cursor: the last id of the previous page).
	 */
	@Transactional(readOnly = true)
	public List<PrivacyRequest> list(@Nullable String status, @Nullable UUID after, int limit) {
		return list(status, null, after, limit);
	}

	/**
	 * Requests by status and due date, the nearest due first: {@code due} {@code soon}
	 * keeps the open ones due within {@link PrivacySettings#requestWarning} (and those
	 * overdue), {@code overdue} the open ones past their due date, none keeps all.
	 */
	@Transactional(readOnly = true)
	public List<PrivacyRequest> list(@Nullable String status, @Nullable String due, @Nullable UUID after, int limit) {
		if (status != null && !status.equals("open") && !CLOSED.contains(status)) {
			throw new InvalidValueException("status", "One of open, done, rejected");
		}
		Instant dueBefore = null;
		if (due != null) {
			Instant now = this.clock.instant();
			dueBefore = switch (due) {
				case "soon" -> now.plus(this.settings.requestWarning());
				case "overdue" -> now;
				default -> throw new InvalidValueException("due", "One of soon, overdue");
			};
		}
		PrivacyRequest cursor = after == null ? null
				: find(after).orElseThrow(() -> new InvalidValueException("after", "Not a cursor from this list"));
		return this.jdbc.sql("""
				select * from privacy_requests
				where (cast(? as varchar) is null or status = ?)
				  and (cast(? as timestamptz) is null or (status = 'open' and due_at <= ?))
				  and (cast(? as timestamptz) is null or (due_at, id) > (?, ?))
				order by due_at, id limit ?""")
			.params(status, status, dueBefore == null ? null : Timestamp.from(dueBefore),
					dueBefore == null ? null : Timestamp.from(dueBefore),
					cursor == null ? null : Timestamp.from(cursor.dueAt()),
					cursor == null ? null : Timestamp.from(cursor.dueAt()), cursor == null ? null : cursor.id(), limit)
			.query(PrivacyRequests::row)
			.list();
	}

	/** The customer's requests, the newest first. */
	@Transactional(readOnly = true)
	public List<PrivacyRequest> ofCustomer(UUID customerId) {
		return this.jdbc.sql("select * from privacy_requests where customer_id = ? order by created_at desc, id")
			.param(customerId)
			.query(PrivacyRequests::row)
			.list();
	}

	/** How long before its due date an open request counts as due soon. */
	public java.time.Duration warning() {
		return this.settings.requestWarning();
	}

	/**
	 * Closes an open request as done or rejected.
	 * @throws NotFoundException for an unknown request
	 * @throws PrivacyRequestClosedException when it is closed already
	 */
	@Transactional
	public PrivacyRequest close(UUID id, String status, @Nullable String note) {
		if (!CLOSED.contains(status)) {
			throw new InvalidValueException("status", "One of done, rejected");
		}
		if (note != null && note.length() > 2000) {
			throw new InvalidValueException("note", "At most 2000 characters");
		}
		if ("rejected".equals(status) && (note == null || note.isBlank())) {
			throw new InvalidValueException("note", "Say why the request is rejected: the customer is owed a reason");
		}
		PrivacyRequest request = this.jdbc.sql("select * from privacy_requests where id = ? for update")
			.param(id)
			.query(PrivacyRequests::row)
			.optional()
			.orElseThrow(() -> new NotFoundException("Privacy request", id));
		if (!request.status().equals("open")) {
			throw new PrivacyRequestClosedException(id, request.status());
		}
		String actor = this.audit.currentActor();
		this.jdbc.sql("update privacy_requests set status = ?, note = ?, closed_at = ?, closed_by = ? where id = ?")
			.params(status, note, Timestamp.from(this.clock.instant()), actor, id)
			.update();
		this.audit.record(actor, "privacy.request-" + status, subject(id, request.customerId()));
		return find(id).orElseThrow();
	}

	/** Forgets the address of the subject's requests; the requests stay as a record. */
	public int forget(DataSubject subject) {
		int changed = this.jdbc.sql("update privacy_requests set email = ? where customer_id = ? and email <> ?")
			.params(DataSubject.ERASED, subject.customerId(), DataSubject.ERASED)
			.update();
		for (String email : subject.emails()) {
			changed += this.jdbc.sql("update privacy_requests set email = ? where lower(email) = lower(?)")
				.params(DataSubject.ERASED, email)
				.update();
		}
		return changed;
	}

	private static String subject(UUID id, @Nullable UUID customerId) {
		return customerId == null ? "privacy-request:" + id : "customer:" + customerId;
	}

	private static PrivacyRequest row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Timestamp closed = rs.getTimestamp("closed_at");
		return new PrivacyRequest(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("email"),
				rs.getObject("customer_id", UUID.class), rs.getString("market"), rs.getString("language"),
				rs.getString("source"), rs.getString("status"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("due_at").toInstant(), closed == null ? null : closed.toInstant(),
				rs.getString("closed_by"), rs.getString("note"));
	}

}
