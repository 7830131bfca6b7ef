package dev.meridian.channels.chat.live;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The cluster-wide record of which conversation last moved on, and at which revision (a
 * database sequence, so every node counts alike).
 */
@Repository
class ChatActivity {

	private final JdbcTemplate jdbc;

	ChatActivity(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void moved(UUID conversation) {
		this.jdbc.update("""
				insert into chat_live_activity (conversation_id, revision) values (?, nextval('chat_live_revisions'))
				on conflict (conversation_id) do update set revision = excluded.revision
				""", conversation);
	}

	long latest() {
		Long latest = this.jdbc.queryForObject("select coalesce(max(revision), 0) from chat_live_activity", Long.class);
		return latest == null ? 0 : latest;
	}

	/** Of these conversations, those that moved past {@code revision}, and how far. */
	Map<UUID, Long> movedAfter(Collection<UUID> conversations, long revision) {
		Map<UUID, Long> moved = new HashMap<>();
		this.jdbc.query(
				"select conversation_id, revision from chat_live_activity where conversation_id = any(?) and revision > ?",
				statement -> {
					statement.setArray(1, statement.getConnection().createArrayOf("uuid", conversations.toArray()));
					statement.setLong(2, revision);
				}, row -> {
					moved.put(row.getObject(1, UUID.class), row.getLong(2));
				});
		return moved;
	}

}
