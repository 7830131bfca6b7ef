package dev.meridian.feedback;

import java.time.Instant;
import java.util.Map;

import dev.meridian.privacy.DataSubject;
import dev.meridian.privacy.ExportArchive;
import dev.meridian.privacy.PersonalDataHolder;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a customer told the surveys: exported with their ratings; erased, the comments and
 * their translations go (on the answer, the follow-up and the loop message) and the
 * survey links stop working, while scores, dates and the dimensions they were credited to
 * stay, so satisfaction figures do not change.
 */
@Component
class FeedbackPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	FeedbackPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "feedback";
	}

	record Answer(String kind, @Nullable String ticketId, String language, @Nullable Integer score,
			@Nullable String reason, @Nullable String comment, String state, @Nullable Instant answeredAt) {
	}

	@Override
	public void export(DataSubject subject, ExportArchive archive) {
		archive.section("surveyAnswers", this.jdbc.sql("""
				select s.kind, s.ticket_id::text, s.language, a.score, a.reason, a.comment, s.state, a.answered_at
				from feedback_surveys s left join feedback_answers a on a.survey_id = s.id
				where s.customer_id = ? order by s.created_at""")
			.param(subject.customerId())
			.query((rs, row) -> new Answer(rs.getString(1), rs.getString(2), rs.getString(3), (Integer) rs.getObject(4),
					rs.getString(5), rs.getString(6), rs.getString(7),
					rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()))
			.list());
	}

	@Override
	public Map<String, Integer> erase(DataSubject subject) {
		int comments = this.jdbc.sql("""
				update feedback_answers a set comment = null, comment_language = null
				from feedback_surveys s where s.id = a.survey_id and s.customer_id = ? and a.comment is not null""")
			.param(subject.customerId())
			.update();
		int followUps = this.jdbc.sql("""
				update feedback_follow_ups set comment = null, comment_language = null, translation = null,
				       translation_language = null
				where customer_id = ? and (comment is not null or translation is not null)""")
			.param(subject.customerId())
			.update();
		int loops = this.jdbc.sql("""
				update feedback_loop_messages set change_text = '', state = case when state = 'queued' then 'skipped'
				       else state end, reason = coalesce(reason, 'erased')
				where customer_id = ? and change_text <> ''""").param(subject.customerId()).update();
		// Links already mailed stop working; a survey not yet sent is never sent.
		int surveys = this.jdbc.sql("""
				update feedback_surveys set token = null, zone = null,
				       state = case when state = 'scheduled' then 'skipped' else state end,
				       reason = case when state = 'scheduled' then 'erased' else reason end
				where customer_id = ? and (token is not null or zone is not null or state = 'scheduled')""")
			.param(subject.customerId())
			.update();
		return Map.of("surveyComments", comments, "followUps", followUps, "loopMessages", loops, "surveys", surveys);
	}

}
