package dev.meridian.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import dev.meridian.tickets.MessageId;
import dev.meridian.tickets.TicketId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves demo tickets into the past. The tickets are created through the domain, at the
 * moment of loading; a realistic inbox needs them spread over the last weeks, which no
 * domain operation should allow. This is the one place that writes times directly.
 */
@Component
class DemoTimeline {

	private final JdbcClient jdbc;

	DemoTimeline(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void backdate(TicketId ticket, Instant created, Instant updated, @Nullable Instant firstResponse,
			@Nullable Instant solved, List<MessageId> messages, List<Instant> messageTimes) {
		this.jdbc
			.sql("update tickets set created_at = ?, updated_at = ?, first_response_at = ?, solved_at = ? where id = ?")
			.params(Timestamp.from(created), Timestamp.from(updated), timestamp(firstResponse), timestamp(solved),
					ticket.value())
			.update();
		for (int i = 0; i < messages.size(); i++) {
			this.jdbc.sql("update messages set created_at = ? where id = ?")
				.params(Timestamp.from(messageTimes.get(i)), messages.get(i).value())
				.update();
		}
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
