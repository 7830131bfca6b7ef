package dev.meridian.channels.chat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.meridian.privacy.RetainedData;
import dev.meridian.privacy.RetainedKind;
import dev.meridian.privacy.RetentionScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a chat keeps besides its ticket's messages, once it was last active before its
 * market's period: the page it was opened from, the address the visitor typed, pending
 * confirmations of addresses. The conversation row stays (counts, markets, durations);
 * the messages themselves go with the solved ticket's rules.
 */
@Component
class ChatRetention implements RetainedData {

	private final JdbcClient jdbc;

	ChatRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public RetainedKind kind() {
		return RetainedKind.CHAT_TRANSCRIPTS;
	}

	@Override
	public int removeOlderThan(RetentionScope scope, Instant cutoff, int batch) {
		List<UUID> due = this.jdbc.sql("""
				select c.id from chat_conversations c
				where coalesce(c.ended_at, c.last_seen_at) < ? and %s
				  and (c.page is not null or c.contact_email is not null
				       or exists (select 1 from chat_email_confirmations e where e.conversation_id = c.id))
				order by coalesce(c.ended_at, c.last_seen_at), c.id limit ?""".formatted(scope.condition("c.market")))
			.params(Timestamp.from(cutoff), scope.parameter(), batch)
			.query(UUID.class)
			.list();
		if (due.isEmpty()) {
			return 0;
		}
		UUID[] ids = due.toArray(UUID[]::new);
		this.jdbc.sql("delete from chat_email_confirmations where conversation_id = any (?)").param(ids).update();
		this.jdbc.sql("update chat_conversations set page = null, contact_email = null where id = any (?)")
			.param(ids)
			.update();
		return due.size();
	}

}
