package dev.meridian.knowledge.contact;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Held help-center requests waiting for the address's owner: the token only as its
 * SHA-256, so the table alone confirms nothing.
 */
@Repository
class ContactConfirmations {

	/**
	 * A held request: a contact request ({@code ticketId}) or a privacy request (what was
	 * asked, as JSON).
	 */
	record Pending(UUID id, @Nullable UUID ticketId, @Nullable String privacyRequest, String email, Instant expiresAt,
			boolean confirmed) {
	}

	private final JdbcClient jdbc;

	ContactConfirmations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(UUID ticketId, String email, String tokenHash, Instant expiresAt, Instant at) {
		this.jdbc.sql("""
				insert into help_contact_confirmations (id, ticket_id, email, token_sha256, expires_at, created_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), ticketId, email, tokenHash, Timestamp.from(expiresAt), Timestamp.from(at))
			.update();
	}

	void addPrivacyRequest(String email, String request, String tokenHash, Instant expiresAt, Instant at) {
		this.jdbc
			.sql("""
					insert into help_contact_confirmations (id, privacy_request, email, token_sha256, expires_at, created_at)
					values (?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), request, email, tokenHash, Timestamp.from(expiresAt), Timestamp.from(at))
			.update();
		// A privacy request nobody confirmed has no effect; a week after its link expired
		// its address is of no use to anyone.
		this.jdbc.sql("""
				delete from help_contact_confirmations
				where privacy_request is not null and confirmed_at is null and expires_at < ?""")
			.param(Timestamp.from(at.minus(java.time.Duration.ofDays(7))))
			.update();
	}

	/** The request this token confirms, locked until the transaction ends. */
	Optional<Pending> findForUpdate(String tokenHash) {
		return this.jdbc.sql("""
				select id, ticket_id, privacy_request, email, expires_at, confirmed_at is not null
				from help_contact_confirmations where token_sha256 = ? for update""")
			.param(tokenHash)
			.query((rs, n) -> new Pending(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getBoolean(6)))
			.optional();
	}

	void confirmed(UUID id, Instant at) {
		this.jdbc.sql("update help_contact_confirmations set confirmed_at = ? where id = ?")
			.params(Timestamp.from(at), id)
			.update();
	}

}
