package dev.meridian.language.memory;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.markets.Formality;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every translation made, by source text hash, language pair and formality (a formal and
 * an informal translation of the same text are two entries; {@code DEFAULT} when none was
 * asked for). A correction by an agent overwrites the engine's result and is never
 * overwritten by an engine again.
 */
@Repository
public class TranslationMemory {

	/** A remembered translation. */
	public record Entry(String result, String engine, @Nullable String pivot, boolean corrected) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	TranslationMemory(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Optional<Entry> find(SourceText source, String from, String to, Formality formality) {
		return this.jdbc.sql("""
				select result, engine, pivot_language, corrected_at is not null as corrected
				from translation_memory where source_sha256 = ? and source_language = ? and target_language = ?
				and formality = ?""")
			.params(source.sha256(), from, to, formality.name())
			.query((rs, row) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
			.optional();
	}

	/**
	 * Stores an engine's translation unless one is stored already (a correction stays).
	 */
	public void remember(SourceText source, String from, String to, Formality formality, String result, String engine,
			@Nullable String pivot) {
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("""
				insert into translation_memory (id, source_sha256, source_language, target_language, formality,
				    source_text, result, engine, pivot_language, created_at, used_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (source_sha256, source_language, target_language, formality) do nothing""")
			.params(UUID.randomUUID(), source.sha256(), from, to, formality.name(), source.text(), result, engine,
					pivot, now, now)
			.update();
	}

	/** An agent's correction: it wins over any engine from now on. */
	public void correct(SourceText source, String from, String to, Formality formality, String corrected, String engine,
			@Nullable UUID agent) {
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("""
				insert into translation_memory (id, source_sha256, source_language, target_language, formality,
				    source_text, result, engine, corrected_by, corrected_at, created_at, used_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (source_sha256, source_language, target_language, formality) do update
				set result = excluded.result, corrected_by = excluded.corrected_by,
				    corrected_at = excluded.corrected_at, used_at = excluded.used_at""")
			.params(UUID.randomUUID(), source.sha256(), from, to, formality.name(), source.text(), corrected, engine,
					agent, now, now, now)
			.update();
	}

	/**
	 * Forgets the engines' translations from a language (corrections stay): a glossary
	 * change there makes them stale.
	 */
	public int forgetEngineTranslationsFrom(String fromLanguage) {
		return this.jdbc
			.sql("delete from translation_memory where corrected_at is null "
					+ "and (source_language = ? or source_language like ?)")
			.params(fromLanguage, fromLanguage + "-%")
			.update();
	}

	/** A remembered translation of one text, for a customer's export. */
	public record Remembered(String from, String to, String result, String engine) {
	}

	public java.util.List<Remembered> translationsOf(SourceText source) {
		return this.jdbc.sql("""
				select source_language, target_language, result, engine from translation_memory
				where source_sha256 = ? order by target_language""")
			.param(source.sha256())
			.query((rs, row) -> new Remembered(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	/**
	 * Forgets every translation of these texts, and every entry whose text or translation
	 * contains one of the values (case-insensitive): a customer's erasure.
	 */
	public int forget(java.util.Collection<SourceText> sources, java.util.Collection<String> mentioning) {
		int removed = 0;
		for (SourceText source : sources) {
			removed += this.jdbc.sql("delete from translation_memory where source_sha256 = ?")
				.param(source.sha256())
				.update();
			this.jdbc.sql("delete from pending_translations where source_sha256 = ?").param(source.sha256()).update();
		}
		for (String value : mentioning) {
			String pattern = "%" + value.toLowerCase(java.util.Locale.ROOT)
				.replace("\\", "\\\\")
				.replace("%", "\\%")
				.replace("_", "\\_") + "%";
			removed += this.jdbc
				.sql("delete from translation_memory where lower(source_text) like ? or lower(result) like ?")
				.params(pattern, pattern)
				.update();
			this.jdbc.sql("delete from pending_translations where lower(source_text) like ?").param(pattern).update();
		}
		return removed;
	}

}
