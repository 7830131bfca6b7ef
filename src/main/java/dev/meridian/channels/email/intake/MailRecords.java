package dev.meridian.channels.email.intake;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The email channel's memory of mail: every Message-ID received or sent with the ticket
 * message it belongs to, the original source of every stored mail, and the addresses that
 * bounce.
 */
@Repository
public class MailRecords {

	private final JdbcClient jdbc;

	MailRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A Message-ID as known: the ticket and message it belongs to. */
	public record Known(UUID ticketId, @Nullable UUID messageId, String direction) {
	}

	public Optional<Known> find(String messageIdHeader) {
		return this.jdbc
			.sql("select ticket_id, message_id, direction from email_message_ids where message_id_header = ?")
			.param(messageIdHeader)
			.query((rs, n) -> new Known(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3)))
			.optional();
	}

	/** The first of these ids that is known, in the order given. */
	public Optional<Known> findFirst(List<String> messageIdHeaders) {
		if (messageIdHeaders.isEmpty()) {
			return Optional.empty();
		}
		List<String> ids = messageIdHeaders.size() > 50 ? messageIdHeaders.subList(0, 50) : messageIdHeaders;
		java.util.Map<String, Known> found = new java.util.HashMap<>();
		this.jdbc
			.sql("select message_id_header, ticket_id, message_id, direction from email_message_ids"
					+ " where message_id_header in (:ids)")
			.param("ids", ids)
			.query((rs, n) -> found.put(rs.getString(1),
					new Known(rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getString(4))))
			.list();
		return ids.stream().map(found::get).filter(java.util.Objects::nonNull).findFirst();
	}

	/** Remembers a Message-ID; false when it was known already. */
	public boolean remember(String messageIdHeader, UUID ticketId, @Nullable UUID messageId, String direction,
			@Nullable String fromAddress, @Nullable UUID mailbox, Instant at) {
		return this.jdbc.sql("""
				insert into email_message_ids (message_id_header, ticket_id, message_id, direction, from_address,
				                               mailbox_id, created_at)
				values (?, ?, ?, ?, ?, ?, ?) on conflict (message_id_header) do nothing""")
			.params(messageIdHeader, ticketId, messageId, direction, fromAddress, mailbox, java.sql.Timestamp.from(at))
			.update() == 1;
	}

	public void keepSource(UUID messageId, byte[] raw, Instant at) {
		this.jdbc
			.sql("insert into email_sources (message_id, raw, received_at) values (?, ?, ?)"
					+ " on conflict (message_id) do nothing")
			.params(messageId, raw, java.sql.Timestamp.from(at))
			.update();
	}

	public Optional<byte[]> source(UUID messageId) {
		return this.jdbc.sql("select raw from email_sources where message_id = ?")
			.param(messageId)
			.query((rs, n) -> rs.getBytes(1))
			.optional();
	}

	/** Mails from this address received since then, for the per-sender rate limit. */
	public int receivedFrom(String address, Instant since) {
		return this.jdbc
			.sql("select count(*) from email_message_ids where direction = 'INBOUND' and from_address = ?"
					+ " and created_at > ?")
			.params(address, java.sql.Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

	/** Whether this address has sent mail to the ticket's conversation before. */
	public boolean hasWritten(UUID ticketId, String address) {
		return this.jdbc
			.sql("select exists (select 1 from email_message_ids where ticket_id = ? and direction = 'INBOUND'"
					+ " and lower(from_address) = lower(?))")
			.params(ticketId, address)
			.query(Boolean.class)
			.single();
	}

	/** The mailbox the ticket's customer last wrote to, so replies leave from there. */
	public Optional<UUID> mailboxOf(UUID ticketId) {
		return this.jdbc
			.sql("select mailbox_id from email_message_ids where ticket_id = ? and mailbox_id is not null"
					+ " order by created_at desc limit 1")
			.param(ticketId)
			.query(UUID.class)
			.optional();
	}

	/** Whether this ticket has ever had mail: only such tickets are answered by mail. */
	public boolean isEmailTicket(UUID ticketId) {
		return this.jdbc.sql("select exists (select 1 from email_message_ids where ticket_id = ?)")
			.param(ticketId)
			.query(Boolean.class)
			.single();
	}

	/** The ticket's Message-IDs, oldest first, for the References of a reply. */
	public List<String> thread(UUID ticketId) {
		return this.jdbc.sql(
				"select message_id_header from email_message_ids where ticket_id = ? order by created_at, message_id_header")
			.param(ticketId)
			.query(String.class)
			.list();
	}

	/** The customer's latest mail on the ticket: what a reply answers (In-Reply-To). */
	public Optional<String> lastInbound(UUID ticketId) {
		return this.jdbc
			.sql("select message_id_header from email_message_ids where ticket_id = ? and direction = 'INBOUND'"
					+ " order by created_at desc limit 1")
			.param(ticketId)
			.query(String.class)
			.optional();
	}

	public void markBouncing(String address, @Nullable String status, @Nullable String diagnostic, Instant at) {
		this.jdbc.sql("""
				insert into email_bouncing_addresses (address, since, last_bounce_at, status_code, diagnostic)
				values (lower(?), ?, ?, ?, ?)
				on conflict (address) do update set last_bounce_at = excluded.last_bounce_at,
				    status_code = excluded.status_code, diagnostic = excluded.diagnostic""")
			.params(address, java.sql.Timestamp.from(at), java.sql.Timestamp.from(at), status, diagnostic)
			.update();
	}

	public boolean isBouncing(String address) {
		return this.jdbc.sql("select exists (select 1 from email_bouncing_addresses where address = lower(?))")
			.param(address)
			.query(Boolean.class)
			.single();
	}

	/** A customer wrote again: their address works. */
	public void clearBouncing(String address) {
		this.jdbc.sql("delete from email_bouncing_addresses where address = lower(?)").param(address).update();
	}

	public List<String> bouncing(Collection<String> addresses) {
		if (addresses.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select address from email_bouncing_addresses where address in (:addresses)")
			.param("addresses", addresses.stream().map(a -> a.toLowerCase(java.util.Locale.ROOT)).toList())
			.query(String.class)
			.list();
	}

}
