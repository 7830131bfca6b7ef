package dev.meridian.channels.chatbot;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import dev.meridian.InvalidValueException;
import dev.meridian.knowledge.Article;
import dev.meridian.knowledge.KnowledgeManagement;
import dev.meridian.knowledge.NewArticle;
import dev.meridian.knowledge.TranslationDraft;
import dev.meridian.knowledge.TranslationStatus;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What supervisors see of the chat's bot: its conversations by outcome, per language and
 * market, and the questions it could not answer (no sure answer, or an answer the visitor
 * said did not help), grouped by their normalised text, to write articles for.
 */
@Service
public class BotSupervision {

	/** Conversations of one outcome in one language and market. */
	public record OutcomeCount(String language, @Nullable String market, String outcome, long conversations) {
	}

	/** A question the bot could not answer, asked {@code times} times. */
	public record Unanswered(String question, String language, long times, Instant lastAsked) {
	}

	private final JdbcClient jdbc;

	private final KnowledgeManagement knowledge;

	BotSupervision(JdbcClient jdbc, KnowledgeManagement knowledge) {
		this.jdbc = jdbc;
		this.knowledge = knowledge;
	}

	@Transactional(readOnly = true)
	public List<OutcomeCount> outcomes(Instant since) {
		return this.jdbc.sql("""
				select language, market, outcome, count(*) from bot_conversations where created_at >= ?
				group by language, market, outcome order by language, market nulls first, outcome""")
			.param(Timestamp.from(since))
			.query((rs, n) -> new OutcomeCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
			.list();
	}

	@Transactional(readOnly = true)
	public List<Unanswered> unanswered(Instant since, int limit) {
		return this.jdbc.sql("""
				select min(question), language, count(*), max(created_at) from bot_turns
				where created_at >= ? and (kind = 'no_answer' or reaction = 'unhelpful') and normalized <> ''
				group by normalized, language order by count(*) desc, max(created_at) desc limit ?""")
			.params(Timestamp.from(since), limit)
			.query((rs, n) -> new Unanswered(rs.getString(1), rs.getString(2), rs.getLong(3),
					rs.getTimestamp(4).toInstant()))
			.list();
	}

	/**
	 * A draft article for an unanswered question, in its language, titled with it: the
	 * editor opens on it.
	 */
	@Transactional
	public Article draftFor(String question, LanguageTag language) {
		String title = question == null ? "" : question.strip();
		if (title.isEmpty()) {
			throw new InvalidValueException("question", "A question is needed to draft an article");
		}
		return this.knowledge.create(new NewArticle(language, List.of(new TranslationDraft(language,
				title.length() > 200 ? title.substring(0, 200) : title, title, TranslationStatus.DRAFT, null, null)),
				null, List.of(), false));
	}

}
