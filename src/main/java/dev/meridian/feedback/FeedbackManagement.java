package dev.meridian.feedback;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.agents.Actor;
import dev.meridian.feedback.surveys.CsatSurveys;
import dev.meridian.feedback.surveys.SurveyAnswers;
import dev.meridian.feedback.surveys.SurveyToken;
import dev.meridian.feedback.themes.ClosingTheLoop;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.TicketId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What other modules (the demo, so far) may ask of feedback: survey a ticket, answer a
 * survey as its customer would, mark a theme addressed. The same rules as through the API
 * and the public page apply.
 */
@Service
public class FeedbackManagement {

	private final CsatSurveys csat;

	private final SurveyAnswers answers;

	private final ClosingTheLoop loop;

	private final JdbcClient jdbc;

	FeedbackManagement(CsatSurveys csat, SurveyAnswers answers, ClosingTheLoop loop, JdbcClient jdbc) {
		this.csat = csat;
		this.answers = answers;
		this.loop = loop;
		this.jdbc = jdbc;
	}

	/** A survey asked for: its id, the secret of its link, when it is due. */
	public record RequestedSurvey(UUID surveyId, String token, Instant scheduledFor) {
	}

	/**
	 * Sends the ticket's CSAT survey now (at the customer's next daytime, or at once with
	 * {@code now} for an admin).
	 * @throws SurveyException when it was sent already or the customer cannot be asked
	 */
	public RequestedSurvey requestSurvey(TicketId ticket, boolean now, Actor actor) {
		CsatSurveys.Scheduled scheduled = this.csat.request(ticket, now, actor);
		return new RequestedSurvey(scheduled.surveyId(), scheduled.token(), scheduled.scheduledFor());
	}

	/** Answers a survey as its customer would on its page. */
	public SurveyAnswered answer(String token, Object rating, @Nullable String comment, @Nullable String reason) {
		return this.answers.answer(new SurveyToken(token), rating, comment, reason);
	}

	/**
	 * A ticket's CSAT question as a chat may ask it while the conversation is open.
	 *
	 * @param scale the scale to offer ({@link SurveyScale#choices()}, best first)
	 * @param expiresAt when the survey stops taking answers
	 */
	public record OpenSurvey(UUID survey, SurveyScale scale, Instant expiresAt) {
	}

	/**
	 * The ticket's CSAT survey if it may be answered now: the ticket solved, the customer
	 * not opted out, the survey neither answered nor closed (at most one per ticket,
	 * shared with the mailed survey: answering either closes both).
	 */
	public Optional<OpenSurvey> openSurvey(TicketId ticket) {
		return this.csat.openFor(ticket).map(s -> new OpenSurvey(s.id(), s.scale(), s.expiresAt()));
	}

	/**
	 * Answers the ticket's open CSAT survey for a customer who proved who they are some
	 * other way than the survey's link (a chat visitor's token).
	 * @throws SurveyException when the survey is not open (answered, closed, none)
	 * @throws dev.meridian.InvalidValueException for a rating off the scale
	 */
	public SurveyAnswered answerOpenSurvey(TicketId ticket, @Nullable Object rating, @Nullable String comment) {
		if (this.csat.openFor(ticket).isEmpty()) {
			throw new SurveyException(SurveyException.Reason.EXPIRED,
					"This ticket has no survey open for answers: it is not solved, or its survey was answered or closed");
		}
		return this.answers.answerForTicket(ticket.value(), rating, comment, null);
	}

	/**
	 * Marks a theme addressed: each customer who raised it is told once, in their
	 * language and daytime.
	 * @return how many customers will be told
	 */
	public int markAddressed(String theme, String note, LanguageTag language, String by) {
		return this.loop.markAddressed(theme, note, language, by).notified();
	}

	/** Whether any survey was answered yet (the demo loads its answers only once). */
	public boolean anyAnswers() {
		return this.jdbc.sql("select exists (select 1 from feedback_answers)").query(Boolean.class).single();
	}

}
