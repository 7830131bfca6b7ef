package dev.meridian.knowledge.internal;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * "Was this helpful?" counts per article and locale, one row each, counted up in the
 * database so simultaneous votes are never lost.
 */
@Repository
public class Votes {

	private final JdbcClient jdbc;

	Votes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void count(UUID article, String locale, boolean helpful) {
		this.jdbc.sql("""
				insert into knowledge_votes (article_id, locale, helpful, unhelpful) values (?, ?, ?, ?)
				on conflict (article_id, locale) do update set
				  helpful = knowledge_votes.helpful + excluded.helpful,
				  unhelpful = knowledge_votes.unhelpful + excluded.unhelpful
				""").params(article, locale, helpful ? 1 : 0, helpful ? 0 : 1).update();
	}

	public long[] counts(UUID article, String locale) {
		return this.jdbc.sql("select helpful, unhelpful from knowledge_votes where article_id = ? and locale = ?")
			.params(article, locale)
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.optional()
			.orElse(new long[] { 0, 0 });
	}

}
