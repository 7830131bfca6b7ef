package dev.meridian.feedback.followups;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.NotFoundException;
import dev.meridian.agents.Agent;
import dev.meridian.agents.AgentManagement;
import dev.meridian.agents.Actor;
import dev.meridian.feedback.FeedbackSettings;
import dev.meridian.feedback.SurveyAnswered;
import dev.meridian.feedback.surveys.SurveyAnswers;
import dev.meridian.language.Translated;
import dev.meridian.language.Translation;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.Author;
import dev.meridian.tickets.MessageDraft;
import dev.meridian.tickets.Status;
import dev.meridian.tickets.TicketChanges;
import dev.meridian.tickets.TicketManagement;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes the loop inside the team: a low CSAT or a detractor becomes a follow-up for the
 * credited agent's supervisor, with the comment and its machine translation into the
 * supervisor's language, or (with {@code meridian.feedback.low-rating-action=reopen})
 * reopens the ticket with both as an internal note. Runs after the answer committed,
 * through the event publication registry (retried until done); the translation is asked
 * for outside any transaction, and one follow-up per survey is kept however often the
 * event arrives.
 */
@Service
public class FollowUps {

	private static final Logger log = LoggerFactory.getLogger(FollowUps.class);

	private final SurveyAnswers answers;

	private final AgentManagement agents;

	private final Translation translation;

	private final TicketManagement tickets;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final FeedbackSettings settings;

	private final Clock clock;

	FollowUps(SurveyAnswers answers, AgentManagement agents, Translation translation, TicketManagement tickets,
			JdbcClient jdbc, TransactionTemplate transaction, FeedbackSettings settings, Clock clock) {
		this.answers = answers;
		this.agents = agents;
		this.translation = translation;
		this.tickets = tickets;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * A follow-up as supervisors see it.
	 *
	 * @param kind the survey's kind, {@code CSAT} (score 1–5) or {@code NPS} (0–10)
	 */
	public record FollowUp(UUID id, UUID survey, String action, @Nullable UUID ticket, UUID customer,
			@Nullable UUID agent, @Nullable UUID supervisor, int score, @Nullable String reason,
			@Nullable String comment, @Nullable String commentLanguage, @Nullable String translation,
			@Nullable String translationLanguage, @Nullable String translationEngine, String state, Instant createdAt,
			String kind) {
	}

	@Async
	@TransactionalEventListener
	void on(SurveyAnswered event) {
		if (!event.detractor()) {
			return;
		}
		if (this.jdbc.sql("select count(*) from feedback_follow_ups where survey_id = ?")
			.param(event.survey())
			.query(Long.class)
			.single() > 0) {
			return;
		}
		SurveyAnswers.Answer answer = this.answers.answerOf(event.survey()).orElseThrow();
		List<Agent> all = this.agents.all();
		Optional<Agent> supervisor = new Supervisors(all, this.agents.teams()).of(event.agent(), event.team());
		Translated translated = null;
		LanguageTag target = supervisor.map(Agent::uiLanguage).orElse(new LanguageTag("en"));
		if (answer.comment() != null) {
			try {
				translated = this.translation.translate(answer.comment(), LanguageTag.read(answer.commentLanguage()),
						target);
			}
			catch (RuntimeException ex) {
				// The supervisor still sees the comment as written, and that it is not
				// translated.
				log.info("The comment of survey {} could not be translated into {}: {}", event.survey(), target,
						ex.getMessage());
			}
		}
		Translated translation = translated;
		boolean reopen = this.settings.reopens() && event.ticket() != null;
		this.transaction.executeWithoutResult(status -> this.jdbc.sql("""
				insert into feedback_follow_ups (id, survey_id, action, ticket_id, customer_id, agent_id, supervisor_id,
				    score, reason, comment, comment_language, translation, translation_language, translation_engine,
				    state, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (survey_id) do nothing""")
			.params(UUID.randomUUID(), event.survey(), reopen ? "reopen" : "follow-up",
					event.ticket() == null ? null : event.ticket().value(), event.customer().value(),
					event.agent() == null ? null : event.agent().value(),
					supervisor.map(agent -> agent.id().value()).orElse(null), event.score(), answer.reason(),
					answer.comment(), answer.commentLanguage(), translation == null ? null : translation.text(),
					translation == null ? null : translation.to().value(),
					translation == null ? null : translation.engine(), reopen ? "done" : "open",
					Timestamp.from(this.clock.instant()))
			.update());
		if (reopen) {
			reopen(event, answer, translation);
		}
	}

	private void reopen(SurveyAnswered event, SurveyAnswers.Answer answer, @Nullable Translated translation) {
		StringBuilder note = new StringBuilder("Low rating in the customer survey: ").append(event.score());
		if (answer.reason() != null) {
			note.append(" (").append(answer.reason()).append(")");
		}
		if (answer.comment() != null) {
			note.append("\n\n").append(answer.comment());
			if (translation != null && !"none".equals(translation.engine())) {
				note.append("\n\n[")
					.append(translation.to().value())
					.append(", ")
					.append(translation.engine())
					.append("] ")
					.append(translation.text());
			}
		}
		try {
			this.transaction.executeWithoutResult(status -> {
				this.tickets.addMessage(event.ticket(), Author.system(), MessageDraft.note(note.toString()));
				this.tickets.update(event.ticket(), TicketChanges.none().withStatus(Status.OPEN),
						new Actor(null, dev.meridian.agents.Role.ADMIN));
			});
		}
		catch (RuntimeException ex) {
			log.warn("The ticket {} of a low rating could not be reopened: {}", event.ticket(), ex.getMessage());
		}
	}

	@Transactional(readOnly = true)
	public List<FollowUp> list(@Nullable String state, int limit) {
		return listFor(null, state, limit);
	}

	/**
	 * The follow-ups of one supervisor (everyone's with {@code null}), newest first.
	 * @param state {@code open}, {@code done}, or {@code null} for both
	 */
	@Transactional(readOnly = true)
	public List<FollowUp> listFor(@Nullable UUID supervisor, @Nullable String state, int limit) {
		return this.jdbc.sql("""
				select f.id, f.survey_id, f.action, f.ticket_id, f.customer_id, f.agent_id, f.supervisor_id, f.score,
				       f.reason, f.comment, f.comment_language, f.translation, f.translation_language,
				       f.translation_engine, f.state, f.created_at, s.kind
				from feedback_follow_ups f join feedback_surveys s on s.id = f.survey_id
				where (cast(? as text) is null or f.state = ?) and (cast(? as uuid) is null or f.supervisor_id = ?)
				order by f.created_at desc limit ?""")
			.params(state, state, supervisor, supervisor, limit)
			.query((rs, n) -> new FollowUp(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getObject(4, UUID.class), rs.getObject(5, UUID.class), rs.getObject(6, UUID.class),
					rs.getObject(7, UUID.class), rs.getInt(8), rs.getString(9), rs.getString(10), rs.getString(11),
					rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15),
					rs.getTimestamp(16).toInstant(), rs.getString(17)))
			.list();
	}

	/** A supervisor closes a follow-up once they acted on it. */
	@Transactional
	public void done(UUID id, String by) {
		int updated = this.jdbc
			.sql("""
					update feedback_follow_ups set state = 'done', done_at = ?, done_by = ? where id = ? and state = 'open'""")
			.params(Timestamp.from(this.clock.instant()), by, id)
			.update();
		if (updated == 0 && this.jdbc.sql("select count(*) from feedback_follow_ups where id = ?")
			.param(id)
			.query(Long.class)
			.single() == 0) {
			throw new NotFoundException("Follow-up", id);
		}
	}

}
