package dev.meridian.feedback.surveys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.feedback.SurveyKind;
import dev.meridian.feedback.SurveyScale;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code feedback_surveys} table, also a work queue: due rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED} and a lease ({@code claimed_until}), as the
 * notifications and the email outbox do, so several nodes share the sending and a node
 * that dies mid-way leaves its rows to the others once the lease ends.
 */
@Repository
public class Surveys {

	private static final String COLUMNS = """
			id, kind, scale, ticket_id, campaign_id, customer_id, language, market, zone, channel, agent_id, team_id,
			translated, state, reason, requested_by, scheduled_for, sent_at, expires_at, attempts""";

	private final JdbcClient jdbc;

	Surveys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a new survey; false when the ticket has a CSAT survey already (at most one
	 * per ticket, also under races: the unique index decides).
	 */
	public boolean insert(Survey survey, SurveyToken token, Instant now) {
		return this.jdbc.sql("""
				insert into feedback_surveys (id, kind, scale, token_sha256, token, ticket_id, campaign_id, customer_id,
				    language, market, zone, channel, agent_id, team_id, translated, state, reason, requested_by,
				    scheduled_for, expires_at, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict do nothing""")
			.params(survey.id(), survey.kind().name(), survey.scale().name(), token.sha256(),
					"scheduled".equals(survey.state()) ? token.value() : null, survey.ticket(), survey.campaign(),
					survey.customer(), survey.language(), survey.market(), survey.zone(), survey.channel(),
					survey.agent(), survey.team(), survey.translated(), survey.state(), survey.reason(),
					survey.requestedBy(), Timestamp.from(survey.scheduledFor()), Timestamp.from(survey.expiresAt()),
					Timestamp.from(now))
			.update() == 1;
	}

	public Optional<Survey> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from feedback_surveys where id = ?")
			.param(id)
			.query(Surveys::survey)
			.optional();
	}

	public Optional<Survey> forTicket(UUID ticket) {
		return this.jdbc.sql("select " + COLUMNS + " from feedback_surveys where ticket_id = ? and kind = 'CSAT'")
			.param(ticket)
			.query(Surveys::survey)
			.optional();
	}

	/** The ticket's CSAT survey, locked (to answer it once). */
	public Optional<Survey> forTicketLocked(UUID ticket) {
		return this.jdbc
			.sql("select " + COLUMNS + " from feedback_surveys where ticket_id = ? and kind = 'CSAT' for update")
			.param(ticket)
			.query(Surveys::survey)
			.optional();
	}

	/** The survey a token opens, locked when {@code lock} (to answer it once). */
	public Optional<Survey> byToken(SurveyToken token, boolean lock) {
		return this.jdbc
			.sql("select " + COLUMNS + " from feedback_surveys where token_sha256 = ?" + (lock ? " for update" : ""))
			.param(token.sha256())
			.query(Surveys::survey)
			.optional();
	}

	/** The token of a survey not sent yet (it is forgotten once the mail is written). */
	public Optional<String> pendingToken(UUID id) {
		return this.jdbc.sql("select token from feedback_surveys where id = ? and token is not null")
			.param(id)
			.query(String.class)
			.optional();
	}

	/**
	 * A survey asked for through the API: due now (or at the customer's next morning).
	 */
	public void advance(UUID id, Instant due, Instant expiresAt, String requestedBy) {
		this.jdbc.sql("""
				update feedback_surveys set scheduled_for = least(scheduled_for, ?), expires_at = least(expires_at, ?),
				    requested_by = ?
				where id = ? and state = 'scheduled'""")
			.params(Timestamp.from(due), Timestamp.from(expiresAt), requestedBy, id)
			.update();
	}

	/**
	 * Claims due surveys nobody holds, leased until {@code until}. Meant for a
	 * transaction of its own that commits right away.
	 */
	public List<UUID> claimDue(Instant now, Instant until, int limit) {
		return this.jdbc.sql("""
				update feedback_surveys set claimed_until = ?
				where id in (select id from feedback_surveys
				             where state = 'scheduled' and scheduled_for <= ?
				               and (claimed_until is null or claimed_until <= ?)
				             order by scheduled_for limit ? for update skip locked)
				returning id""")
			.params(Timestamp.from(until), Timestamp.from(now), Timestamp.from(now), limit)
			.query(UUID.class)
			.list();
	}

	/** Locks a survey that still waits to be sent. */
	public Optional<Survey> lockScheduled(UUID id) {
		return this.jdbc
			.sql("select " + COLUMNS + " from feedback_surveys where id = ? and state = 'scheduled' for update")
			.param(id)
			.query(Surveys::survey)
			.optional();
	}

	public void sent(UUID id, Instant now, Instant expiresAt) {
		this.jdbc.sql("""
				update feedback_surveys set state = 'sent', sent_at = ?, expires_at = ?, token = null,
				    claimed_until = null, attempts = attempts + 1, last_error = null
				where id = ?""").params(Timestamp.from(now), Timestamp.from(expiresAt), id).update();
	}

	public void skipped(UUID id, String reason) {
		this.jdbc.sql("""
				update feedback_surveys set state = 'skipped', reason = ?, token = null, claimed_until = null
				where id = ?""").params(reason, id).update();
	}

	public void failed(UUID id, String error, Instant nextAttempt) {
		this.jdbc
			.sql("""
					update feedback_surveys set attempts = attempts + 1, last_error = ?, scheduled_for = ?, claimed_until = null
					where id = ?""")
			.params(error.length() > 1000 ? error.substring(0, 1000) : error, Timestamp.from(nextAttempt), id)
			.update();
	}

	public void answered(UUID id) {
		this.jdbc.sql("update feedback_surveys set state = 'answered', token = null where id = ?").param(id).update();
	}

	/** Whether the customer was sent (or answered) an NPS survey since {@code since}. */
	public boolean askedNpsSince(UUID customer, Instant since) {
		return this.jdbc
			.sql("""
					select count(*) from feedback_surveys
					where customer_id = ? and kind = 'NPS' and state in ('scheduled', 'sent', 'answered') and created_at >= ?""")
			.params(customer, Timestamp.from(since))
			.query(Long.class)
			.single() > 0;
	}

	static Survey survey(ResultSet rs, int row) throws SQLException {
		return new Survey(rs.getObject("id", UUID.class), SurveyKind.valueOf(rs.getString("kind")),
				SurveyScale.valueOf(rs.getString("scale")), rs.getObject("ticket_id", UUID.class),
				rs.getObject("campaign_id", UUID.class), rs.getObject("customer_id", UUID.class),
				rs.getString("language"), rs.getString("market"), rs.getString("zone"), rs.getString("channel"),
				rs.getObject("agent_id", UUID.class), rs.getObject("team_id", UUID.class), rs.getBoolean("translated"),
				rs.getString("state"), rs.getString("reason"), rs.getString("requested_by"),
				rs.getTimestamp("scheduled_for").toInstant(), instant(rs.getTimestamp("sent_at")),
				rs.getTimestamp("expires_at").toInstant(), rs.getInt("attempts"));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
