package dev.meridian.tickets.reviews;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.meridian.agents.AgentId;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.TicketId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reviews and weekly samples tables, and what they read of the module's tickets and
 * messages.
 */
@Repository
class Reviews {

	private static final String COLUMNS = """
			r.id, r.ticket_id, t.number, r.agent_id, r.reviewer_id, r.language, r.market_code, r.correct, r.clear,
			r.empathetic, r.culturally_appropriate, r.followed_playbook, r.comment, r.comment_language, r.created_at
			""";

	/** Who sent the conversation's last public reply, else its assignee. */
	private static final String REVIEWED_AGENT = """
			coalesce((select m.author_id from messages m where m.ticket_id = t.id and m.author_type = 'AGENT'
			            and m.direction = 'OUTBOUND' and m.visibility = 'PUBLIC' and m.author_id is not null
			          order by m.created_at desc, m.id desc limit 1), t.assignee_id)""";

	private final JdbcClient jdbc;

	Reviews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Review review) {
		this.jdbc.sql("""
				insert into ticket_reviews (id, ticket_id, agent_id, reviewer_id, language, market_code, correct, clear,
				    empathetic, culturally_appropriate, followed_playbook, comment, comment_language, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(review.id(), review.ticket().value(), review.agent().value(),
					review.reviewer() == null ? null : review.reviewer().value(), review.language().value(),
					review.market(), review.scores().correct(), review.scores().clear(), review.scores().empathetic(),
					review.scores().culturallyAppropriate(), review.scores().followedPlaybook(), review.comment(),
					review.commentLanguage() == null ? null : review.commentLanguage().value(),
					Timestamp.from(review.createdAt()))
			.update();
	}

	boolean any() {
		return this.jdbc.sql("select exists (select 1 from ticket_reviews)").query(Boolean.class).single();
	}

	Optional<AgentId> reviewedAgent(TicketId ticket) {
		return this.jdbc.sql("select " + REVIEWED_AGENT + " from tickets t where t.id = ?")
			.param(ticket.value())
			.query((rs, n) -> Optional.ofNullable(rs.getObject(1, UUID.class)).map(AgentId::new))
			.optional()
			.flatMap(agent -> agent);
	}

	List<Review> ofTicket(TicketId ticket) {
		return this.jdbc.sql("select " + COLUMNS
				+ " from ticket_reviews r join tickets t on t.id = r.ticket_id where r.ticket_id = ? order by r.created_at, r.id")
			.param(ticket.value())
			.query(Reviews::review)
			.list();
	}

	List<Review> ofAgent(AgentId agent, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from ticket_reviews r join tickets t on t.id = r.ticket_id"
					+ " where r.agent_id = ? order by r.created_at desc, r.id desc limit ?")
			.params(agent.value(), limit)
			.query(Reviews::review)
			.list();
	}

	/**
	 * The solved (or since closed) conversations of a period and whom each would review.
	 */
	List<WeeklySample.Candidate> solvedBetween(Instant from, Instant to) {
		String sql = "select t.id, " + REVIEWED_AGENT + "\n" + """
				from tickets t
				where t.status in ('SOLVED', 'CLOSED') and t.solved_at >= ? and t.solved_at < ?
				order by t.solved_at, t.id""";
		return this.jdbc.sql(sql).params(Timestamp.from(from), Timestamp.from(to)).query((rs, n) -> {
			UUID agent = rs.getObject(2, UUID.class);
			return agent == null ? null
					: new WeeklySample.Candidate(new TicketId(rs.getObject(1, UUID.class)), new AgentId(agent));
		}).list().stream().filter(java.util.Objects::nonNull).toList();
	}

	Set<TicketId> reviewedAmong(List<TicketId> tickets) {
		if (tickets.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.sql("select distinct ticket_id from ticket_reviews where ticket_id = any (?)")
			.param(tickets.stream().map(TicketId::value).toArray(UUID[]::new))
			.query((rs, n) -> new TicketId(rs.getObject(1, UUID.class)))
			.list());
	}

	Map<AgentId, List<TicketId>> proposed(ReviewWeek week) {
		Map<AgentId, List<TicketId>> proposals = new LinkedHashMap<>();
		this.jdbc.sql("""
				select s.agent_id, s.ticket_id from ticket_review_samples s join tickets t on t.id = s.ticket_id
				 where s.week = ? order by s.agent_id, t.solved_at, s.ticket_id""")
			.param(week.toString())
			.query((rs, n) -> Map.entry(new AgentId(rs.getObject(1, UUID.class)),
					new TicketId(rs.getObject(2, UUID.class))))
			.list()
			.forEach(e -> proposals.computeIfAbsent(e.getKey(), a -> new java.util.ArrayList<>()).add(e.getValue()));
		return proposals;
	}

	void propose(ReviewWeek week, AgentId agent, List<TicketId> tickets, Instant at) {
		for (TicketId ticket : tickets) {
			this.jdbc.sql("""
					insert into ticket_review_samples (week, agent_id, ticket_id, proposed_at) values (?, ?, ?, ?)
					on conflict do nothing""")
				.params(week.toString(), agent.value(), ticket.value(), Timestamp.from(at))
				.update();
		}
	}

	List<ReviewAverages> averages(ReviewGrouping by, Instant from, Instant to) {
		String key = switch (by) {
			case AGENT -> "agent_id::text";
			case LANGUAGE -> "language";
			case MARKET -> "coalesce(market_code, 'none')";
		};
		return this.jdbc.sql("select " + key + " as key," + """
				count(*), avg(correct), avg(clear), avg(empathetic), avg(culturally_appropriate),
				     avg(followed_playbook),
				     avg((correct + clear + empathetic + culturally_appropriate + followed_playbook) / 5.0)
				from ticket_reviews where created_at >= ? and created_at < ? group by 1 order by 1""")
			.params(Timestamp.from(from), Timestamp.from(to))
			.query((rs, n) -> {
				Map<Criterion, Double> criteria = new EnumMap<>(Criterion.class);
				Criterion[] all = Criterion.values();
				for (int i = 0; i < all.length; i++) {
					criteria.put(all[i], rs.getDouble(3 + i));
				}
				return new ReviewAverages(rs.getString(1), rs.getLong(2), criteria, rs.getDouble(8));
			})
			.list();
	}

	private static Review review(ResultSet rs, int row) throws SQLException {
		UUID reviewer = rs.getObject(5, UUID.class);
		String commentLanguage = rs.getString(14);
		return new Review(rs.getObject(1, UUID.class), new TicketId(rs.getObject(2, UUID.class)), rs.getLong(3),
				new AgentId(rs.getObject(4, UUID.class)), reviewer == null ? null : new AgentId(reviewer),
				LanguageTag.read(rs.getString(6)), rs.getString(7),
				new Scores(rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getInt(12)), rs.getString(13),
				commentLanguage == null ? null : LanguageTag.read(commentLanguage), rs.getTimestamp(15).toInstant());
	}

}
