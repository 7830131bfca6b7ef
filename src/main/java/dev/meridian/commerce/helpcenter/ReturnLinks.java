package dev.meridian.commerce.helpcenter;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The links mailed to customers that open an order's return page: the token only as its
 * SHA-256, so the table alone opens nothing.
 */
@Repository
class ReturnLinks {

	record Link(UUID id, UUID order, String language, Instant expiresAt, boolean used) {
	}

	private final JdbcClient jdbc;

	ReturnLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(UUID order, String tokenHash, String language, Instant expiresAt, Instant at) {
		this.jdbc.sql("""
				insert into commerce_return_links (id, order_id, token_sha256, language, expires_at, created_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), order, tokenHash, language, Timestamp.from(expiresAt), Timestamp.from(at))
			.update();
	}

	/** The link with this token, locked until the transaction ends (used once). */
	Optional<Link> findForUpdate(String tokenHash) {
		return this.jdbc.sql("""
				select id, order_id, language, expires_at, used_at is not null from commerce_return_links
				where token_sha256 = ? for update""")
			.param(tokenHash)
			.query((rs, n) -> new Link(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getTimestamp(4).toInstant(), rs.getBoolean(5)))
			.optional();
	}

	void used(UUID id, Instant at) {
		this.jdbc.sql("update commerce_return_links set used_at = ? where id = ?")
			.params(Timestamp.from(at), id)
			.update();
	}

}
