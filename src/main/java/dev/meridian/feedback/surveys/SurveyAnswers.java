package dev.meridian.feedback.surveys;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.InvalidValueException;
import dev.meridian.agents.AgentId;
import dev.meridian.agents.TeamId;
import dev.meridian.customers.CustomerId;
import dev.meridian.feedback.LowRatingReason;
import dev.meridian.feedback.SurveyAnswered;
import dev.meridian.feedback.SurveyException;
import dev.meridian.feedback.themes.Themes;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.TicketId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers to surveys, through the public page or its JSON API: once per survey (the row
 * is locked while it is answered, so two clicks store one answer), only while it is open,
 * only on its scale. An answer publishes {@link SurveyAnswered} and sorts its comment
 * into themes by the lexicon of its language.
 */
@Service
public class SurveyAnswers {

	/** The longest comment kept, in characters. */
	public static final int MAX_COMMENT = 5000;

	private final Surveys surveys;

	private final Themes themes;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SurveyAnswers(Surveys surveys, Themes themes, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.surveys = surveys;
		this.themes = themes;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** A survey that may still be answered, for its page. */
	@Transactional(readOnly = true)
	public Survey open(SurveyToken token) {
		Survey survey = this.surveys.byToken(token, false).orElseThrow(SurveyAnswers::unknown);
		checkOpen(survey, this.clock.instant());
		return survey;
	}

	/** The survey a token names, whatever its state (for the page's language). */
	@Transactional(readOnly = true)
	public Optional<Survey> find(SurveyToken token) {
		return this.surveys.byToken(token, false);
	}

	/**
	 * Records an answer.
	 * @param rating on the survey's scale (1–5, good/okay/bad, 0–10)
	 * @throws InvalidValueException for a rating off the scale, an unknown reason, or a
	 * comment too long
	 * @throws SurveyException when the token is unknown, the survey answered or expired
	 */
	@Transactional
	public SurveyAnswered answer(SurveyToken token, @Nullable Object rating, @Nullable String comment,
			@Nullable String reason) {
		return record(this.surveys.byToken(token, true).orElseThrow(SurveyAnswers::unknown), rating, comment, reason);
	}

	/**
	 * Records an answer to a ticket's CSAT survey given where the customer is rather than
	 * through its link (the chat widget, whose visitor proved the conversation is
	 * theirs): the same rules, once per survey, only while it is open.
	 * @throws SurveyException when the ticket has no survey, or it was answered or closed
	 */
	@Transactional
	public SurveyAnswered answerForTicket(UUID ticket, @Nullable Object rating, @Nullable String comment,
			@Nullable String reason) {
		return record(this.surveys.forTicketLocked(ticket).orElseThrow(SurveyAnswers::unknown), rating, comment,
				reason);
	}

	private SurveyAnswered record(Survey survey, @Nullable Object rating, @Nullable String comment,
			@Nullable String reason) {
		Instant now = this.clock.instant();
		checkOpen(survey, now);
		int score = survey.scale().score(rating);
		LowRatingReason why = reason == null || reason.isBlank() ? null : LowRatingReason.parse(reason);
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		if (text != null && text.codePointCount(0, text.length()) > MAX_COMMENT) {
			throw new InvalidValueException("comment", "A comment may be at most " + MAX_COMMENT + " characters long");
		}
		boolean satisfied = survey.scale().satisfied(score);
		boolean low = survey.scale().low(score);
		this.jdbc.sql("""
				insert into feedback_answers (survey_id, score, satisfied, low, reason, comment, comment_language,
				    answered_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(survey.id(), score, satisfied, low, why == null ? null : why.key(), text,
					text == null ? null : survey.language(), Timestamp.from(now))
			.update();
		this.surveys.answered(survey.id());
		if (text != null) {
			this.themes.sortIntoThemes(survey.id(), text, new LanguageTag(survey.language()), now);
		}
		SurveyAnswered answered = new SurveyAnswered(survey.id(), survey.kind(), new CustomerId(survey.customer()),
				survey.ticket() == null ? null : new TicketId(survey.ticket()), score, satisfied,
				survey.market() == null ? "ZZ" : survey.market(), survey.language(), survey.channel(),
				survey.agent() == null ? null : new AgentId(survey.agent()),
				survey.team() == null ? null : new TeamId(survey.team()), survey.translated(), now);
		this.events.publishEvent(answered);
		return answered;
	}

	private static void checkOpen(Survey survey, Instant now) {
		if (survey.answered()) {
			throw new SurveyException(SurveyException.Reason.ANSWERED, "This survey was answered already");
		}
		if ("skipped".equals(survey.state()) || survey.expiredAt(now)) {
			throw new SurveyException(SurveyException.Reason.EXPIRED,
					"This survey closed on " + survey.expiresAt() + " and takes no more answers");
		}
	}

	private static SurveyException unknown() {
		return new SurveyException(SurveyException.Reason.UNKNOWN, "No survey has this link");
	}

	/** The stored answer of a survey, for follow-ups. */
	public record Answer(UUID survey, int score, @Nullable String reason, @Nullable String comment,
			@Nullable String commentLanguage) {
	}

	@Transactional(readOnly = true)
	public Optional<Answer> answerOf(UUID survey) {
		return this.jdbc
			.sql("select score, reason, comment, comment_language from feedback_answers where survey_id = ?")
			.param(survey)
			.query((rs, n) -> new Answer(survey, rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.optional();
	}

}
