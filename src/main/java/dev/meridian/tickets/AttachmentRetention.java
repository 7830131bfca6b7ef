package dev.meridian.tickets;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.meridian.privacy.RetainedData;
import dev.meridian.privacy.RetainedKind;
import dev.meridian.privacy.RetentionScope;
import dev.meridian.tickets.internal.Attachments;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Files attached to solved and closed tickets go once they are older than their market's
 * period; a conversation still going on keeps its files.
 */
@Component
class AttachmentRetention implements RetainedData {

	private final JdbcClient jdbc;

	private final Attachments attachments;

	private final ConversationAnonymization anonymization;

	AttachmentRetention(JdbcClient jdbc, Attachments attachments, ConversationAnonymization anonymization) {
		this.jdbc = jdbc;
		this.attachments = attachments;
		this.anonymization = anonymization;
	}

	@Override
	public RetainedKind kind() {
		return RetainedKind.ATTACHMENTS;
	}

	@Override
	public int removeOlderThan(RetentionScope scope, Instant cutoff, int batch) {
		List<UUID> due = this.jdbc.sql("""
				select a.id from attachments a
				join messages m on m.id = a.message_id
				join tickets t on t.id = m.ticket_id
				where a.created_at < ? and t.status in ('SOLVED', 'CLOSED') and %s
				order by a.created_at, a.id limit ?""".formatted(scope.condition("t.market_code")))
			.params(Timestamp.from(cutoff), scope.parameter(), batch)
			.query(UUID.class)
			.list();
		this.anonymization.deleteAttachments(this.attachments.findAllById(due));
		return due.size();
	}

}
