package dev.meridian.channels.chat.live;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * The cluster-wide record of which conversation last moved on, and at which revision (a
 * database sequence, so every node counts alike).
 * <p>
 * Written in batches: a message only marks its conversation here, and a scheduled flush
 * writes every conversation marked since the last one in one statement
 * ({@code meridian.chat.live.activity-flush}, 200 ms). The record is read by other nodes
 * once a second for their long-polling visitors, so a fifth of a second later costs them
 * little, while a statement and a commit per message (on a second connection, after the
 * message's own commit) cost every message. A mark lost with a node's crash loses no
 * message: a waiting visitor's request ends empty after its wait and the widget reads
 * again.
 */
@Repository
class ChatActivity {

	private static final Logger log = LoggerFactory.getLogger(ChatActivity.class);

	private final JdbcTemplate jdbc;

	private final Set<UUID> marked = ConcurrentHashMap.newKeySet();

	ChatActivity(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The conversation has a new message; recorded with the next flush. */
	void moved(UUID conversation) {
		this.marked.add(conversation);
	}

	@Scheduled(fixedDelayString = "${meridian.chat.live.activity-flush:200ms}")
	void flush() {
		if (this.marked.isEmpty()) {
			return;
		}
		List<UUID> batch = List.copyOf(this.marked);
		this.marked.removeAll(batch);
		try {
			this.jdbc.update("""
					insert into chat_live_activity (conversation_id, revision)
					select id, nextval('chat_live_revisions') from unnest(?) as moved (id) order by id
					on conflict (conversation_id) do update set revision = excluded.revision
					""", statement -> statement.setArray(1,
					statement.getConnection().createArrayOf("uuid", batch.toArray())));
		}
		catch (RuntimeException ex) {
			// Marked again for the next flush: the database may be back by then.
			this.marked.addAll(batch);
			log.warn("Could not record chat activity for {} conversations: {}", batch.size(), ex.getMessage());
		}
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
