package dev.meridian.language.memory;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.language.GlossaryTerm;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Glossary terms per language pair.
 */
@Repository
public class GlossaryTerms {

	private static final RowMapper<GlossaryTerm> TERM = (rs, row) -> new GlossaryTerm(rs.getObject(1, UUID.class),
			rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));

	private static final String COLUMNS = "select id, source_language, target_language, term, replacement from glossary_terms";

	private final JdbcClient jdbc;

	private final Clock clock;

	GlossaryTerms(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The terms that apply from one language to another (base languages). */
	public List<GlossaryTerm> forPair(String fromLanguage, String toLanguage) {
		return this.jdbc.sql(COLUMNS + " where source_language = ? and target_language in (?, '*')")
			.params(fromLanguage, toLanguage)
			.query(TERM)
			.list();
	}

	public List<GlossaryTerm> all(@Nullable String fromLanguage, @Nullable String toLanguage) {
		return this.jdbc.sql(COLUMNS + " where (cast(? as varchar) is null or source_language = ?)"
				+ " and (cast(? as varchar) is null or target_language = ?) order by source_language, target_language, term")
			.params(fromLanguage, fromLanguage, toLanguage, toLanguage)
			.query(TERM)
			.list();
	}

	public Optional<GlossaryTerm> find(UUID id) {
		return this.jdbc.sql(COLUMNS + " where id = ?").param(id).query(TERM).optional();
	}

	public GlossaryTerm add(String from, String to, String term, @Nullable String replacement) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into glossary_terms (id, source_language, target_language, term, replacement, created_at) "
					+ "values (?, ?, ?, ?, ?, ?)")
			.params(id, from, to, term, replacement, Timestamp.from(this.clock.instant()))
			.update();
		return new GlossaryTerm(id, from, to, term, replacement);
	}

	public void update(GlossaryTerm term) {
		this.jdbc
			.sql("update glossary_terms set source_language = ?, target_language = ?, term = ?, replacement = ? "
					+ "where id = ?")
			.params(term.from(), term.to(), term.term(), term.replacement(), term.id())
			.update();
	}

	public boolean delete(UUID id) {
		return this.jdbc.sql("delete from glossary_terms where id = ?").param(id).update() > 0;
	}

}
