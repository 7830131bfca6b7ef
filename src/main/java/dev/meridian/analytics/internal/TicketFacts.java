package dev.meridian.analytics.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads and writes {@code analytics_tickets}. */
@Component
class TicketFacts {

	private final JdbcTemplate jdbc;

	TicketFacts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts the ticket's row unless it exists and, when this call inserted it, counts
	 * the ticket as created in its hour and its customer as active: one statement, one
	 * round trip. True when this call inserted it.
	 */
	boolean insertCounted(TicketFact fact) {
		Timestamp hour = Timestamp.from(fact.createdAt.truncatedTo(ChronoUnit.HOURS));
		Dims dims = fact.dims();
		Integer inserted = this.jdbc.queryForObject(
				"""
						with fact as (
						    insert into analytics_tickets (ticket_id, customer_id, created_at, market, language, channel, team,
						                                   agent, translated)
						    values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (ticket_id) do nothing
						    returning ticket_id),
						created as (
						    insert into analytics_rollup_deltas (hour, market, language, channel, team, agent, translated, created)
						    select ?::timestamptz, ?, ?, ?, ?, ?, ?, 1 from fact),
						seen as (
						    insert into analytics_customer_activity (customer_id, hour, source, market, language)
						    select ?::uuid, ?::timestamptz, 'ticket', ?, ? from fact on conflict do nothing
						    returning *),
						unlinked as (
						    insert into analytics_activity_unlinked (customer_id, hour, source, market, language)
						    select customer_id, hour, source, market, language from seen)
						select count(*) from fact
						""",
				Integer.class, fact.ticket, fact.customer, Timestamp.from(fact.createdAt), fact.market, fact.language,
				fact.channel, fact.team, fact.agent, fact.translated, hour, dims.market(), dims.language(),
				dims.channel(), dims.team(), dims.agent(), dims.translatedKey(), fact.customer, hour, fact.market,
				fact.language);
		return inserted != null && inserted == 1;
	}

	/**
	 * The ticket's row, locked until the transaction ends: its events update it one by
	 * one; with what the SLA module's clocks say of the ticket ({@link TicketFact#sla}).
	 *
	 * <p>
	 * The clocks are the SLA module's rows ({@code sla_clocks}, one per ticket, written
	 * by that module alone), read here in the same statement rather than through
	 * {@link dev.meridian.tickets.ServiceLevels}: that was a round trip and a Hibernate
	 * query of its own on every reply and solve, most of an update's cost. Only the clock
	 * row of this ticket is read, not locked: the SLA module's listeners lock it while
	 * they move the clocks, and this read never waits for them.
	 */
	Optional<TicketFact> lock(UUID ticket) {
		List<TicketFact> found = this.jdbc.query("""
				select t.*, c.policy as sla_policy, c.calendar as sla_calendar,
				       coalesce(c.never_open, false) as sla_never_open, c.breaches as sla_breaches
				from analytics_tickets t left join sla_clocks c on c.ticket_id = t.ticket_id
				where t.ticket_id = ? for update of t
				""", TicketFacts::read, ticket);
		return found.stream().findFirst();
	}

	/** Appends the update of the ticket's row to the event's writes. */
	void update(EventWrites writes, TicketFact f) {
		writes.add("""
				update analytics_tickets set team = ?, agent = ?, translated = ?, first_reply_at = ?, replies = ?,
				       solved_at = ?, reopens = ?, one_touch_counted = ?, sla_first_counted = ?,
				       sla_first_breached = ?, sla_resolution_counted = ?, sla_resolution_breached = ?, bot_at = ?,
				       bot_outcome = ?
				where ticket_id = ?
				""",
				Arrays.asList(f.team, f.agent, f.translated, ts(f.firstReplyAt), f.replies, ts(f.solvedAt), f.reopens,
						f.oneTouchCounted, f.slaFirstCounted, f.slaFirstBreached, f.slaResolutionCounted,
						f.slaResolutionBreached, ts(f.botAt), f.botOutcome, f.ticket));
	}

	/** A customer was active (a ticket or an order) in the hour of {@code at}. */
	void customerSeen(UUID customer, Instant at, String source, String market, String language) {
		// the customer's rows to be linked again (ActivityLinks), if the hour is new
		this.jdbc.update("""
				with seen as (
				    insert into analytics_customer_activity (customer_id, hour, source, market, language)
				    values (?, ?, ?, ?, ?) on conflict do nothing
				    returning *)
				insert into analytics_activity_unlinked (customer_id, hour, source, market, language)
				select customer_id, hour, source, market, language from seen
				""", customer, Timestamp.from(at.truncatedTo(ChronoUnit.HOURS)), source, market, language);
	}

	/** A ticket's replies up to a moment, as the ticket's own record has them. */
	record RepliesSoFar(int count, boolean translated) {
	}

	/**
	 * The ticket's replies (public messages from agents or the system, as in
	 * {@code ReplySent}) written up to {@code at}, read from the messages themselves.
	 * <p>
	 * Why: listeners run on a pool, so a reply's event may be heard after the solve that
	 * followed it. The solve counts the ticket under its dimensions and decides
	 * one-touch; from the events heard so far it counted a ticket answered through
	 * translation as native and missed its one touch (seen in CI). The messages are the
	 * tickets module's table, read here as the SLA clocks are: one statement, at a solve
	 * only.
	 */
	RepliesSoFar repliesUpTo(UUID ticket, Instant at) {
		RepliesSoFar found = this.jdbc.queryForObject("""
				select count(*), coalesce(bool_or(original_text is not null), false) from messages
				where ticket_id = ? and direction = 'OUTBOUND' and visibility = 'PUBLIC' and author_type <> 'BOT'
				  and created_at <= ?
				""", (rs, row) -> new RepliesSoFar(rs.getInt(1), rs.getBoolean(2)), ticket, Timestamp.from(at));
		return found == null ? new RepliesSoFar(0, false) : found;
	}

	private static @Nullable Timestamp ts(@Nullable Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

	private static TicketFact read(ResultSet rs, int row) throws SQLException {
		TicketFact f = new TicketFact(rs.getObject("ticket_id", UUID.class), rs.getObject("customer_id", UUID.class),
				rs.getTimestamp("created_at").toInstant(), rs.getString("market"), rs.getString("language"),
				rs.getString("channel"));
		f.team = rs.getString("team");
		f.agent = rs.getString("agent");
		f.translated = rs.getBoolean("translated");
		f.firstReplyAt = instant(rs, "first_reply_at");
		f.replies = rs.getInt("replies");
		f.solvedAt = instant(rs, "solved_at");
		f.reopens = rs.getInt("reopens");
		f.oneTouchCounted = rs.getBoolean("one_touch_counted");
		f.slaFirstCounted = rs.getBoolean("sla_first_counted");
		f.slaFirstBreached = rs.getBoolean("sla_first_breached");
		f.slaResolutionCounted = rs.getBoolean("sla_resolution_counted");
		f.slaResolutionBreached = rs.getBoolean("sla_resolution_breached");
		f.botAt = instant(rs, "bot_at");
		f.botOutcome = rs.getString("bot_outcome");
		Array breaches = rs.getArray("sla_breaches");
		f.sla = new TicketSla(rs.getString("sla_policy"), rs.getString("sla_calendar"), rs.getBoolean("sla_never_open"),
				breaches == null ? List.of() : List.of((String[]) breaches.getArray()));
		return f;
	}

}
