package dev.meridian.channels.email.outbound;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Mail waiting to be sent. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so
 * several nodes send without sending anything twice.
 */
@Repository
class Outbox {

	enum Kind {

		REPLY, RECEIVED, SOLVED

	}

	record Entry(UUID id, Kind kind, UUID ticketId, @Nullable UUID messageId, String recipient, String messageIdHeader,
			int attempts) {
	}

	private final JdbcClient jdbc;

	Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Queues a mail; false when one with this Message-ID is queued already. */
	boolean enqueue(Kind kind, UUID ticketId, @Nullable UUID messageId, String recipient, String messageIdHeader,
			Instant at) {
		return enqueue(kind, ticketId, messageId, recipient, messageIdHeader, at, at);
	}

	/** Queues a mail that is not to leave before {@code notBefore}. */
	boolean enqueue(Kind kind, UUID ticketId, @Nullable UUID messageId, String recipient, String messageIdHeader,
			Instant at, Instant notBefore) {
		return this.jdbc.sql("""
				insert into email_outbox (id, kind, ticket_id, message_id, recipient, message_id_header, status,
				                          next_attempt_at, created_at)
				values (?, ?, ?, ?, ?, ?, 'PENDING', ?, ?) on conflict (message_id_header) do nothing""")
			.params(UUID.randomUUID(), kind.name(), ticketId, messageId, recipient, messageIdHeader,
					Timestamp.from(notBefore), Timestamp.from(at))
			.update() == 1;
	}

	/**
	 * Makes a ticket's acknowledgement due now: it waited for the reply time to promise,
	 * and that is known.
	 */
	void release(UUID ticketId, Kind kind, Instant now) {
		this.jdbc
			.sql("update email_outbox set next_attempt_at = ? where ticket_id = ? and kind = ?"
					+ " and status = 'PENDING' and attempts = 0 and next_attempt_at > ?")
			.params(Timestamp.from(now), ticketId, kind.name(), Timestamp.from(now))
			.update();
	}

	/** Due mail, locked for this transaction. */
	List<Entry> claimDue(Instant now, int limit) {
		return this.jdbc.sql("""
				select id, kind, ticket_id, message_id, recipient, message_id_header, attempts from email_outbox
				where status in ('PENDING', 'RETRYING') and next_attempt_at <= ?
				order by next_attempt_at limit ? for update skip locked""")
			.params(Timestamp.from(now), limit)
			.query((rs, n) -> new Entry(rs.getObject(1, UUID.class), Kind.valueOf(rs.getString(2)),
					rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6),
					rs.getInt(7)))
			.list();
	}

	void sent(UUID id, Instant at) {
		this.jdbc
			.sql("update email_outbox set status = 'SENT', attempts = attempts + 1, sent_at = ?, last_error = null"
					+ " where id = ?")
			.params(Timestamp.from(at), id)
			.update();
	}

	void failed(UUID id, String status, String error, Instant nextAttempt) {
		this.jdbc
			.sql("update email_outbox set status = ?, attempts = attempts + 1, last_error = ?,"
					+ " next_attempt_at = ? where id = ?")
			.params(status, error.length() > 1000 ? error.substring(0, 1000) : error, Timestamp.from(nextAttempt), id)
			.update();
	}

}
