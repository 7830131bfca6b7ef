package dev.meridian.channels.chat.offline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Addresses visitors typed that belong to another customer, waiting for the owner to
 * follow the mailed link: the token only as its SHA-256, so the table alone confirms
 * nothing.
 */
@Repository
class ChatEmailConfirmations {

	record Pending(UUID id, UUID conversation, UUID ticket, String email, String language, Instant expiresAt,
			boolean confirmed) {
	}

	private final JdbcClient jdbc;

	ChatEmailConfirmations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID add(UUID conversation, UUID ticket, String email, String language, String tokenHash, Instant expiresAt,
			Instant at) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into chat_email_confirmations (id, conversation_id, ticket_id, email, language, token_sha256,
				                                      expires_at, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, conversation, ticket, email, language, tokenHash, Timestamp.from(expiresAt), Timestamp.from(at))
			.update();
		return id;
	}

	int since(UUID conversation, Instant since) {
		return this.jdbc
			.sql("select count(*) from chat_email_confirmations where conversation_id = ? and created_at >= ?")
			.params(conversation, Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

	int toAddressSince(String email, Instant since) {
		return this.jdbc
			.sql("select count(*) from chat_email_confirmations where lower(email) = lower(?) and created_at >= ?")
			.params(email, Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

	/** The confirmation this token names, locked until the transaction ends. */
	Optional<Pending> findForUpdate(String tokenHash) {
		return this.jdbc.sql("""
				select id, conversation_id, ticket_id, email, language, expires_at, confirmed_at is not null
				from chat_email_confirmations where token_sha256 = ? for update""")
			.param(tokenHash)
			.query((rs, n) -> new Pending(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(),
					rs.getBoolean(7)))
			.optional();
	}

	void confirmed(UUID id, Instant at) {
		this.jdbc.sql("update chat_email_confirmations set confirmed_at = ? where id = ?")
			.params(Timestamp.from(at), id)
			.update();
	}

}
