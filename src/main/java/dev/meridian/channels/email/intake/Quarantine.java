package dev.meridian.channels.email.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Mail held back: the raw source exactly as received, the reason, and what became of it
 * after an admin looked at it.
 */
@Repository
public class Quarantine {

	private final JdbcClient jdbc;

	private final Clock clock;

	Quarantine(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * One held mail.
	 *
	 * @param id its id
	 * @param mailbox the mailbox it came from, if any
	 * @param reason a short code ({@code no-sender}, {@code sender-rate-limit}, ...)
	 * @param detail what exactly was wrong
	 * @param from the From header as received
	 * @param subject the Subject as far as it could be decoded
	 * @param size the size of the mail as received, in bytes
	 * @param receivedAt when it arrived
	 * @param status held, imported or discarded
	 * @param importedTicketId the ticket it became on re-import
	 * @param excerptOnly whether only the headers and the start of the body were kept (a
	 * mail over the size limit): such a mail cannot be re-imported
	 */
	public record Entry(UUID id, @Nullable UUID mailbox, String reason, @Nullable String detail, @Nullable String from,
			@Nullable String subject, long size, Instant receivedAt, String status, @Nullable UUID importedTicketId,
			boolean excerptOnly) {
	}

	/**
	 * The start of a held mail's source.
	 *
	 * @param start at most as many bytes as asked for
	 * @param storedSize how many bytes are stored in all
	 */
	public record Preview(byte[] start, long storedSize) {
	}

	/** Chunks in which a stored source is read, so none is held in memory whole. */
	private static final int CHUNK = 1024 * 1024;

	public UUID hold(byte[] raw, @Nullable UUID mailbox, String reason, @Nullable String detail, @Nullable String from,
			@Nullable String subject) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into email_quarantine (id, mailbox_id, reason, detail, from_address, subject, raw, received_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, mailbox, clip(reason, 100), clip(detail, 2000), clip(from, 998), clip(subject, 998), raw,
					java.sql.Timestamp.from(this.clock.instant()))
			.update();
		return id;
	}

	/**
	 * Holds a mail too large to keep whole: only its excerpt is stored, with the size the
	 * mail had.
	 */
	public UUID holdExcerpt(MailExcerpt excerpt, @Nullable UUID mailbox, String reason, @Nullable String detail,
			@Nullable String from, @Nullable String subject) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into email_quarantine (id, mailbox_id, reason, detail, from_address, subject, raw, received_at,
				    size_bytes, excerpt_only)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, true)""")
			.params(id, mailbox, clip(reason, 100), clip(detail, 2000), clip(from, 998), clip(subject, 998),
					excerpt.bytes(), java.sql.Timestamp.from(this.clock.instant()), excerpt.size())
			.update();
		return id;
	}

	/** The first bytes of a held mail's source, read without loading the rest. */
	public Optional<Preview> preview(UUID id, int maxBytes) {
		return this.jdbc.sql("select substring(raw from 1 for ?), octet_length(raw) from email_quarantine where id = ?")
			.params(maxBytes, id)
			.query((rs, n) -> new Preview(rs.getBytes(1), rs.getLong(2)))
			.optional();
	}

	/**
	 * Writes a held mail's stored source in chunks; false when there is no such mail.
	 */
	public boolean writeRaw(UUID id, java.io.OutputStream out) throws java.io.IOException {
		Optional<Long> stored = this.jdbc.sql("select octet_length(raw) from email_quarantine where id = ?")
			.param(id)
			.query(Long.class)
			.optional();
		if (stored.isEmpty()) {
			return false;
		}
		// Sources are at most the mail size limit plus its overhead: an int counts them.
		for (int from = 1; from <= stored.get(); from += CHUNK) {
			byte[] chunk = this.jdbc.sql("select substring(raw from ? for ?) from email_quarantine where id = ?")
				.params(from, CHUNK, id)
				.query((rs, n) -> rs.getBytes(1))
				.single();
			out.write(chunk);
		}
		return true;
	}

	public List<Entry> list(@Nullable String status, int limit) {
		return this.jdbc.sql("select " + COLUMNS + " from email_quarantine"
				+ " where (cast(:status as varchar) is null or status = :status) order by received_at desc, id limit :limit")
			.param("status", status)
			.param("limit", limit)
			.query(Quarantine::entry)
			.list();
	}

	public Optional<Entry> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from email_quarantine where id = ?")
			.param(id)
			.query(Quarantine::entry)
			.optional();
	}

	public Optional<byte[]> raw(UUID id) {
		return this.jdbc.sql("select raw from email_quarantine where id = ?")
			.param(id)
			.query((rs, n) -> rs.getBytes(1))
			.optional();
	}

	public void imported(UUID id, UUID ticketId, UUID messageId) {
		this.jdbc.sql("""
				update email_quarantine set status = 'IMPORTED', imported_ticket_id = ?, imported_message_id = ?,
				    resolved_at = ? where id = ?""")
			.params(ticketId, messageId, java.sql.Timestamp.from(this.clock.instant()), id)
			.update();
	}

	public void discard(UUID id) {
		this.jdbc.sql("update email_quarantine set status = 'DISCARDED', resolved_at = ? where id = ?")
			.params(java.sql.Timestamp.from(this.clock.instant()), id)
			.update();
	}

	private static final String COLUMNS = "id, mailbox_id, reason, detail, from_address, subject,"
			+ " coalesce(size_bytes, octet_length(raw)), received_at, status, imported_ticket_id, excerpt_only";

	private static Entry entry(ResultSet rs, int row) throws SQLException {
		return new Entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getLong(7), rs.getTimestamp(8).toInstant(), rs.getString(9),
				rs.getObject(10, UUID.class), rs.getBoolean(11));
	}

	/**
	 * Clipped at a code point boundary, and without NUL, which PostgreSQL text refuses.
	 */
	static @Nullable String clip(@Nullable String value, int max) {
		if (value == null) {
			return null;
		}
		String clean = value.replace((char) 0, '\uFFFD');
		return clean.codePointCount(0, clean.length()) <= max ? clean
				: clean.substring(0, clean.offsetByCodePoints(0, max));
	}

}
