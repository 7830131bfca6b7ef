package dev.meridian.channels.email.outbound;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Mail waiting to be sent. A sender claims due rows in a short transaction of its own
 * ({@code FOR UPDATE SKIP LOCKED}, then a lease in {@code claimed_until}) and commits at
 * once: the SMTP conversation happens with no transaction and no row lock held, and no
 * other sender takes a leased row until its lease ends. Each outcome is then written in a
 * transaction of its own.
 */
@Repository
class Outbox {

	enum Kind {

		REPLY, RECEIVED, SOLVED,

		/** Asks the owner of an address to confirm a help-center request made with it. */
		CONFIRM,

		/**
		 * Gives an order's customer the one-time link to the order's return page; belongs
		 * to no ticket.
		 */
		RETURN_LINK,

		/**
		 * Mail another module worded in full (a chat's confirmation link or transcript):
		 * sent as it is.
		 */
		COMPOSED

	}

	/**
	 * One mail to send.
	 *
	 * @param echoSubject whether the mail may repeat the ticket's subject (not to senders
	 * who are not known customers)
	 * @param confirmation for {@link Kind#CONFIRM}: the link, language and expiry
	 */
	record Entry(UUID id, Kind kind, @Nullable UUID ticketId, @Nullable UUID messageId, String recipient,
			String messageIdHeader, int attempts, boolean echoSubject, @Nullable Confirmation confirmation,
			@Nullable ReturnLink returnLink, @Nullable Composed composed) {
	}

	/** What a {@link Kind#COMPOSED} mail says, worded by the module that asked for it. */
	record Composed(String subject, String body, String language, @Nullable String market) {

		Composed(String subject, String body, String language) {
			this(subject, body, language, null);
		}

	}

	/**
	 * What a mail about an order (no ticket) names: the order, the market whose mailbox
	 * sends it, the recipient's zone for times.
	 */
	record ReturnLink(String orderNumber, @Nullable String market, @Nullable String zone) {
	}

	/**
	 * What a confirmation mail says: the link to follow, until when, in which language.
	 */
	record Confirmation(String link, String language, Instant expiresAt) {
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
		return enqueue(kind, ticketId, messageId, recipient, messageIdHeader, at, notBefore, true, null);
	}

	/** Queues a mail with all it may say. */
	boolean enqueue(Kind kind, UUID ticketId, @Nullable UUID messageId, String recipient, String messageIdHeader,
			Instant at, Instant notBefore, boolean echoSubject, @Nullable Confirmation confirmation) {
		return this.jdbc.sql("""
				insert into email_outbox (id, kind, ticket_id, message_id, recipient, message_id_header, status,
				                          next_attempt_at, created_at, echo_subject, confirm_link, confirm_language,
				                          confirm_expires_at)
				values (?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?, ?, ?) on conflict (message_id_header) do nothing""")
			.params(UUID.randomUUID(), kind.name(), ticketId, messageId, recipient, messageIdHeader,
					Timestamp.from(notBefore), Timestamp.from(at), echoSubject,
					confirmation == null ? null : confirmation.link(),
					confirmation == null ? null : confirmation.language(),
					confirmation == null ? null : Timestamp.from(confirmation.expiresAt()))
			.update() == 1;
	}

	/** Queues a mail worded in full elsewhere; false when queued already. */
	boolean enqueueComposed(UUID ticketId, String recipient, String messageIdHeader, Instant at, Composed mail) {
		return enqueueComposed(ticketId, null, recipient, messageIdHeader, at, mail);
	}

	/**
	 * Queues a mail worded in full elsewhere, about a ticket or (a survey campaign) about
	 * none: then it leaves from the mailbox of {@code market}. False when queued already.
	 */
	boolean enqueueComposed(@Nullable UUID ticketId, @Nullable String market, String recipient, String messageIdHeader,
			Instant at, Composed mail) {
		return this.jdbc
			.sql("""
					insert into email_outbox (id, kind, ticket_id, recipient, message_id_header, status, next_attempt_at,
					                          created_at, echo_subject, confirm_language, composed_subject, composed_body,
					                          market)
					values (?, ?, ?, ?, ?, 'PENDING', ?, ?, false, ?, ?, ?, ?) on conflict (message_id_header) do nothing""")
			.params(UUID.randomUUID(), Kind.COMPOSED.name(), ticketId, recipient, messageIdHeader, Timestamp.from(at),
					Timestamp.from(at), mail.language(), mail.subject(), mail.body(), market)
			.update() == 1;
	}

	/** Queues the mail with an order's return link; false when queued already. */
	boolean enqueueReturnLink(String recipient, String messageIdHeader, Instant at, Confirmation confirmation,
			ReturnLink about) {
		return this.jdbc
			.sql("""
					insert into email_outbox (id, kind, recipient, message_id_header, status, next_attempt_at, created_at,
					                          echo_subject, confirm_link, confirm_language, confirm_expires_at,
					                          order_number, market, recipient_zone)
					values (?, ?, ?, ?, 'PENDING', ?, ?, false, ?, ?, ?, ?, ?, ?) on conflict (message_id_header) do nothing""")
			.params(UUID.randomUUID(), Kind.RETURN_LINK.name(), recipient, messageIdHeader, Timestamp.from(at),
					Timestamp.from(at), confirmation.link(), confirmation.language(),
					Timestamp.from(confirmation.expiresAt()), about.orderNumber(), about.market(), about.zone())
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

	/**
	 * Claims due mail that nobody holds a lease on, and leases it until {@code until}.
	 * Meant for a transaction of its own that commits right away: the row locks last only
	 * as long as this statement.
	 */
	List<Entry> claimDue(Instant now, Instant until, int limit) {
		return this.jdbc.sql("""
				update email_outbox set claimed_until = ?
				where id in (select id from email_outbox
				             where status in ('PENDING', 'RETRYING') and next_attempt_at <= ?
				               and (claimed_until is null or claimed_until <= ?)
				             order by next_attempt_at limit ? for update skip locked)
				returning id, kind, ticket_id, message_id, recipient, message_id_header, attempts, echo_subject,
				          confirm_link, confirm_language, confirm_expires_at, order_number, market, recipient_zone,
				          composed_subject, composed_body""")
			.params(Timestamp.from(until), Timestamp.from(now), Timestamp.from(now), limit)
			.query((rs, n) -> new Entry(rs.getObject(1, UUID.class), Kind.valueOf(rs.getString(2)),
					rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6),
					rs.getInt(7), rs.getBoolean(8),
					rs.getString(9) == null ? null
							: new Confirmation(rs.getString(9), rs.getString(10), rs.getTimestamp(11).toInstant()),
					rs.getString(12) == null ? null
							: new ReturnLink(rs.getString(12), rs.getString(13), rs.getString(14)),
					rs.getString(15) == null ? null
							: new Composed(rs.getString(15), rs.getString(16),
									rs.getString(10) == null ? "und" : rs.getString(10), rs.getString(13))))
			.list();
	}

	void sent(UUID id, Instant at) {
		this.jdbc
			.sql("update email_outbox set status = 'SENT', attempts = attempts + 1, sent_at = ?, last_error = null,"
					+ " claimed_until = null where id = ?")
			.params(Timestamp.from(at), id)
			.update();
	}

	void failed(UUID id, String status, String error, Instant nextAttempt) {
		this.jdbc
			.sql("update email_outbox set status = ?, attempts = attempts + 1, last_error = ?,"
					+ " next_attempt_at = ?, claimed_until = null where id = ?")
			.params(status, error.length() > 1000 ? error.substring(0, 1000) : error, Timestamp.from(nextAttempt), id)
			.update();
	}

}
