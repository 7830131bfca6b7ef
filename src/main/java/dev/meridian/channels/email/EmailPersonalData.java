package dev.meridian.channels.email;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.meridian.customers.CustomerId;
import dev.meridian.privacy.DataSubject;
import dev.meridian.privacy.ExportArchive;
import dev.meridian.privacy.PersonalDataHolder;
import dev.meridian.tickets.MessageId;
import dev.meridian.tickets.TicketManagement;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The email channel's part of a customer's data: the raw source of every mail they sent,
 * quarantined mail from their addresses, outbound mail to them and bounce records.
 * Erasing deletes sources, quarantined mail and bounce records, and blanks the outbox's
 * copies of mail to them.
 */
@Component
class EmailPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	private final TicketManagement tickets;

	EmailPersonalData(JdbcClient jdbc, TicketManagement tickets) {
		this.jdbc = jdbc;
		this.tickets = tickets;
	}

	@Override
	public String name() {
		return "email";
	}

	record Quarantined(UUID id, String reason, @Nullable String fromAddress, @Nullable String subject,
			Instant receivedAt, String file) {
	}

	record Outbound(UUID id, String kind, String recipient, String status, @Nullable String subject,
			@Nullable String body, Instant createdAt, @Nullable Instant sentAt) {
	}

	@Override
	public void export(DataSubject subject, ExportArchive archive) {
		List<Map<String, Object>> sources = new ArrayList<>();
		for (UUID message : messageIds(subject)) {
			this.jdbc.sql("select raw, received_at from email_sources where message_id = ?")
				.param(message)
				.query((rs, row) -> {
					String path = "mail/" + message + ".eml";
					archive.file(path, rs.getBytes("raw"));
					Map<String, Object> item = new LinkedHashMap<>();
					item.put("messageId", message);
					item.put("receivedAt", rs.getTimestamp("received_at").toInstant());
					item.put("file", "files/" + path);
					return item;
				})
				.list()
				.forEach(sources::add);
		}
		archive.section("mailSources", sources);
		List<String> emails = lower(subject.emails());
		if (emails.isEmpty()) {
			return;
		}
		archive.section("quarantinedMail", this.jdbc.sql("""
				select id, reason, from_address, subject, received_at, raw from email_quarantine
				where lower(from_address) = any (?)""").param(emails.toArray(String[]::new)).query((rs, row) -> {
			UUID id = rs.getObject("id", UUID.class);
			String path = "quarantine/" + id + ".eml";
			archive.file(path, rs.getBytes("raw"));
			return new Quarantined(id, rs.getString("reason"), rs.getString("from_address"), rs.getString("subject"),
					rs.getTimestamp("received_at").toInstant(), "files/" + path);
		}).list());
		archive.section("outboundMail",
				this.jdbc.sql("""
						select id, kind, recipient, status, composed_subject, composed_body, created_at, sent_at
						from email_outbox where lower(recipient) = any (?) order by created_at""")
					.param(emails.toArray(String[]::new))
					.query((rs, row) -> {
						Timestamp sent = rs.getTimestamp("sent_at");
						return new Outbound(rs.getObject("id", UUID.class), rs.getString("kind"),
								rs.getString("recipient"), rs.getString("status"), rs.getString("composed_subject"),
								rs.getString("composed_body"), rs.getTimestamp("created_at").toInstant(),
								sent == null ? null : sent.toInstant());
					})
					.list());
	}

	@Override
	public Map<String, Integer> erase(DataSubject subject) {
		int sources = 0;
		for (UUID message : messageIds(subject)) {
			sources += this.jdbc.sql("delete from email_sources where message_id = ?").param(message).update();
		}
		String[] emails = lower(subject.emails()).toArray(String[]::new);
		int quarantined = this.jdbc.sql("delete from email_quarantine where lower(from_address) = any (?)")
			.param(emails)
			.update();
		int messageIds = this.jdbc
			.sql("update email_message_ids set from_address = null where lower(from_address) = any (?)")
			.param(emails)
			.update();
		int bounces = this.jdbc.sql("delete from email_bouncing_addresses where lower(address) = any (?)")
			.param(emails)
			.update();
		// Mail waiting to go to them is not sent; mail sent keeps its row (delivery
		// figures) without the address or the words.
		int outbox = this.jdbc.sql("""
				update email_outbox set recipient = ?, composed_subject = null, composed_body = null,
				    confirm_link = null, last_error = null,
				    status = case when status in ('PENDING', 'RETRYING') then 'FAILED' else status end
				where lower(recipient) = any (?)""").params(DataSubject.ERASED, emails).update();
		return Map.of("mailSources", sources, "quarantinedMail", quarantined, "messageIds", messageIds, "bounces",
				bounces, "outboundMail", outbox);
	}

	private List<UUID> messageIds(DataSubject subject) {
		return this.tickets.messageIdsOf(new CustomerId(subject.customerId())).stream().map(MessageId::value).toList();
	}

	private static List<String> lower(List<String> values) {
		return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
	}

}
