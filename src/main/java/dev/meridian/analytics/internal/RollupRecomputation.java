package dev.meridian.analytics.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.meridian.Keyset;
import dev.meridian.agents.AgentId;
import dev.meridian.agents.TeamId;
import dev.meridian.analytics.RecomputationRunningException;
import dev.meridian.analytics.RecomputedRollups;
import dev.meridian.customers.CustomerId;
import dev.meridian.feedback.SurveyAnswered;
import dev.meridian.feedback.SurveyKind;
import dev.meridian.tickets.Author;
import dev.meridian.tickets.Direction;
import dev.meridian.tickets.Message;
import dev.meridian.tickets.Ticket;
import dev.meridian.tickets.TicketManagement;
import dev.meridian.tickets.TicketPage;
import dev.meridian.tickets.TicketQuery;
import dev.meridian.tickets.Visibility;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the rollups from scratch: empties them, replays every ticket as the tickets
 * module keeps it (opened, assigned as it is now, its public replies and bot answers in
 * order, its last solve) and every survey answer analytics heard. Reopens are not kept on
 * a ticket, so a recomputed ticket counts none. One transaction per page of tickets; an
 * advisory lock keeps two recomputations from running at once in a cluster.
 */
@Component
public class RollupRecomputation {

	private static final int PAGE = 200;

	private static final long LOCK = 0x15A4A1_7105L;

	private final JdbcTemplate jdbc;

	private final TicketManagement tickets;

	private final RollupUpdates updates;

	private final TransactionTemplate transactions;

	RollupRecomputation(JdbcTemplate jdbc, TicketManagement tickets, RollupUpdates updates,
			TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.tickets = tickets;
		this.updates = updates;
		this.transactions = transactions;
	}

	public RecomputedRollups run() {
		// a session lock on a connection held for the whole run; the work uses others
		RecomputedRollups done = this.jdbc.execute((ConnectionCallback<RecomputedRollups>) connection -> {
			if (!advisory(connection, "select pg_try_advisory_lock(?)")) {
				throw new RecomputationRunningException();
			}
			try {
				return recompute();
			}
			finally {
				advisory(connection, "select pg_advisory_unlock(?)");
			}
		});
		return java.util.Objects.requireNonNull(done);
	}

	private static boolean advisory(Connection connection, String sql) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setLong(1, LOCK);
			try (ResultSet rs = statement.executeQuery()) {
				return rs.next() && rs.getBoolean(1);
			}
		}
	}

	private RecomputedRollups recompute() {
		this.transactions.executeWithoutResult(status -> {
			// Locked in the order events take them: a ticket's row, its delta, the
			// customer's activity (the fold: deltas, then rollups). Truncated the other
			// way round, an event rolling up meanwhile deadlocked with it.
			this.jdbc.update("lock table analytics_tickets, analytics_rollup_deltas, analytics_rollups, "
					+ "analytics_customer_activity, analytics_activity_unlinked in access exclusive mode");
			this.jdbc.update("truncate analytics_tickets, analytics_rollup_deltas, analytics_rollups");
			// orders are not replayed (analytics keeps no copy of them): their activity
			// stays
			this.jdbc.update("delete from analytics_customer_activity where source = 'ticket'");
			// the orders' rows may point at deleted rows: linked again (ActivityLinks)
			this.jdbc.update("truncate analytics_activity_unlinked");
			this.jdbc.update("insert into analytics_activity_unlinked (customer_id, hour, source, market, language) "
					+ "select customer_id, hour, source, market, language from analytics_customer_activity");
		});
		long count = 0;
		Keyset after = null;
		do {
			@Nullable Keyset from = after;
			TicketPage page = java.util.Objects
				.requireNonNull(this.transactions.execute(status -> this.tickets.list(TicketQuery.all(), from, PAGE)));
			for (Ticket ticket : page.tickets()) {
				this.transactions.executeWithoutResult(status -> replay(ticket));
				count++;
			}
			after = page.next();
		}
		while (after != null);
		return new RecomputedRollups(count, replayAnswers());
	}

	private void replay(Ticket ticket) {
		TicketFact fact = new TicketFact(ticket.id().value(), ticket.customer().value(), ticket.createdAt(),
				ticket.market().map(m -> m.value()).orElse(""), ticket.language().value(),
				ticket.channel().name().toLowerCase(Locale.ROOT));
		fact.team = ticket.team().map(t -> t.value().toString()).orElse("");
		fact.agent = ticket.assignee().map(a -> a.value().toString()).orElse("");
		this.updates.created(fact);
		List<Message> messages = this.tickets.messages(ticket.id())
			.stream()
			.sorted(Comparator.comparing(Message::createdAt))
			.toList();
		for (Message message : messages) {
			if (message.direction() != Direction.OUTBOUND || message.visibility() != Visibility.PUBLIC) {
				continue;
			}
			if (message.author().type() == Author.Type.AGENT) {
				this.updates.replied(ticket.id(), message.createdAt(), message.original().isPresent());
			}
			else if (message.author().type() == Author.Type.BOT) {
				this.updates.botAnswered(ticket.id(), message.createdAt());
			}
		}
		ticket.solvedAt().ifPresent(at -> this.updates.solved(ticket.id(), at));
	}

	private long replayAnswers() {
		List<SurveyAnswered> answers = this.jdbc.query("select * from analytics_survey_answers", (rs, row) -> {
			String team = rs.getString("team");
			String agent = rs.getString("agent");
			String channel = rs.getString("channel");
			return new SurveyAnswered(rs.getObject("survey_id", UUID.class), SurveyKind.valueOf(rs.getString("kind")),
					new CustomerId(new UUID(0, 0)), null, rs.getInt("score"), rs.getBoolean("satisfied"),
					rs.getString("market"), rs.getString("language"), channel.isEmpty() ? null : channel,
					agent.isEmpty() ? null : new AgentId(UUID.fromString(agent)),
					team.isEmpty() ? null : new TeamId(UUID.fromString(team)), rs.getBoolean("translated"),
					rs.getTimestamp("answered_at").toInstant());
		});
		for (SurveyAnswered answer : answers) {
			this.transactions.executeWithoutResult(status -> this.updates.rollUp(answer));
		}
		return answers.size();
	}

}
