package dev.meridian.feedback.themes;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.meridian.InvalidValueException;
import dev.meridian.NotFoundException;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Themes and the comments in them: the lexicons sort each comment as it arrives;
 * supervisors add themes of their own and tag comments the lexicons missed.
 */
@Service
public class Themes {

	private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{1,39}");

	private final JdbcClient jdbc;

	private final ThemeLexicons lexicons = ThemeLexicons.shipped();

	private final Clock clock;

	Themes(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A theme with how many comments it holds. */
	public record Theme(String key, @Nullable String name, String state, @Nullable String note,
			@Nullable Instant addressedAt, @Nullable String addressedBy, long comments) {
	}

	/** A comment in a theme. */
	public record Comment(UUID survey, UUID customer, int score, String comment, String language, String source,
			Instant answeredAt) {
	}

	/** Tags a new comment with the themes its language's lexicon finds in it. */
	@Transactional
	public void sortIntoThemes(UUID survey, String comment, LanguageTag language, Instant now) {
		for (String theme : this.lexicons.themesOf(comment, language)) {
			this.jdbc.sql(
					"insert into feedback_themes (key, state, created_at) values (?, 'open', ?) on conflict do nothing")
				.params(theme, Timestamp.from(now))
				.update();
			tag(theme, survey, "lexicon", null, now);
		}
	}

	@Transactional(readOnly = true)
	public List<Theme> list() {
		return this.jdbc.sql("""
				select t.key, t.name, t.state, t.note, t.addressed_at, t.addressed_by, count(c.survey_id)
				from feedback_themes t left join feedback_theme_comments c on c.theme_key = t.key
				group by t.key order by count(c.survey_id) desc, t.key""")
			.query((rs, n) -> new Theme(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getLong(7)))
			.list();
	}

	@Transactional(readOnly = true)
	public Theme get(String key) {
		return list().stream()
			.filter(theme -> theme.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Theme", key));
	}

	@Transactional(readOnly = true)
	public List<Comment> comments(String key) {
		get(key);
		return this.jdbc.sql("""
				select s.id, s.customer_id, a.score, a.comment, coalesce(a.comment_language, s.language), c.source,
				       a.answered_at
				from feedback_theme_comments c join feedback_surveys s on s.id = c.survey_id
				join feedback_answers a on a.survey_id = s.id
				where c.theme_key = ? and a.comment is not null order by a.answered_at desc""")
			.param(key)
			.query((rs, n) -> new Comment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
			.list();
	}

	/**
	 * Who raised a theme: its comments per language (the comment's, else the survey's),
	 * most first, and how many customers (with an answered survey) marking it addressed
	 * would tell.
	 */
	public record Raised(Map<String, Long> byLanguage, long customers) {
	}

	/** What each theme holds, by theme key; a theme without comments is absent. */
	@Transactional(readOnly = true)
	public Map<String, Raised> raised() {
		Map<String, Map<String, Long>> languages = new LinkedHashMap<>();
		this.jdbc.sql("""
				select c.theme_key, coalesce(a.comment_language, s.language), count(*)
				from feedback_theme_comments c join feedback_surveys s on s.id = c.survey_id
				join feedback_answers a on a.survey_id = s.id
				where a.comment is not null
				group by 1, 2 order by 1, 3 desc, 2""")
			.query((rs, n) -> languages.computeIfAbsent(rs.getString(1), key -> new LinkedHashMap<>())
				.put(rs.getString(2), rs.getLong(3)))
			.list();
		Map<String, Long> customers = new HashMap<>();
		this.jdbc.sql("""
				select c.theme_key, count(distinct s.customer_id)
				from feedback_theme_comments c join feedback_surveys s on s.id = c.survey_id
				where s.state = 'answered' group by 1""")
			.query((rs, n) -> customers.put(rs.getString(1), rs.getLong(2)))
			.list();
		Map<String, Raised> raised = new LinkedHashMap<>();
		languages
			.forEach((key, byLanguage) -> raised.put(key, new Raised(byLanguage, customers.getOrDefault(key, 0L))));
		return raised;
	}

	/**
	 * The newest comments no theme holds: what the lexicons missed, for supervisors to
	 * sort by hand.
	 */
	@Transactional(readOnly = true)
	public List<Comment> untagged(int limit) {
		return this.jdbc.sql("""
				select s.id, s.customer_id, a.score, a.comment, coalesce(a.comment_language, s.language), 'none',
				       a.answered_at
				from feedback_answers a join feedback_surveys s on s.id = a.survey_id
				where a.comment is not null
				  and not exists (select 1 from feedback_theme_comments c where c.survey_id = a.survey_id)
				order by a.answered_at desc limit ?""")
			.param(limit)
			.query((rs, n) -> new Comment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
			.list();
	}

	/** The themes a comment is in. */
	@Transactional(readOnly = true)
	public Map<UUID, List<String>> themesOf(java.util.Collection<UUID> surveys) {
		if (surveys.isEmpty()) {
			return Map.of();
		}
		Map<UUID, List<String>> themes = new HashMap<>();
		this.jdbc.sql(
				"select survey_id, theme_key from feedback_theme_comments where survey_id = any(cast(? as uuid[])) order by 2")
			.param(surveys.stream().map(UUID::toString).toArray(String[]::new))
			.query((rs, n) -> themes.computeIfAbsent(rs.getObject(1, UUID.class), survey -> new ArrayList<>())
				.add(rs.getString(2)))
			.list();
		return themes;
	}

	/** A theme of a supervisor's own; {@code key} lower case, {@code name} as shown. */
	@Transactional
	public Theme create(String key, String name) {
		String normalized = key.strip().toLowerCase(Locale.ROOT);
		if (!KEY.matcher(normalized).matches()) {
			throw new InvalidValueException("key",
					"A theme key is 2–40 lower-case letters, digits or '_', " + "starting with a letter");
		}
		if (name.isBlank() || name.length() > 200) {
			throw new InvalidValueException("name", "A theme name is 1–200 characters");
		}
		int created = this.jdbc.sql(
				"insert into feedback_themes (key, name, state, created_at) values (?, ?, 'open', ?) on conflict do nothing")
			.params(normalized, name.strip(), Timestamp.from(this.clock.instant()))
			.update();
		if (created == 0) {
			throw new ThemeExistsException(normalized);
		}
		return get(normalized);
	}

	/** A supervisor puts a comment into a theme by hand. */
	@Transactional
	public void tagByHand(String key, UUID survey, String by) {
		get(key);
		long answered = this.jdbc
			.sql("select count(*) from feedback_answers where survey_id = ? and comment is not null")
			.param(survey)
			.query(Long.class)
			.single();
		if (answered == 0) {
			throw new NotFoundException("Answered survey with a comment", survey);
		}
		tag(key, survey, "manual", by, this.clock.instant());
	}

	private void tag(String key, UUID survey, String source, @Nullable String by, Instant now) {
		this.jdbc.sql("""
				insert into feedback_theme_comments (theme_key, survey_id, source, tagged_by, created_at)
				values (?, ?, ?, ?, ?) on conflict do nothing""")
			.params(key, survey, source, by, Timestamp.from(now))
			.update();
	}

	/** A theme of that key exists already. */
	public static class ThemeExistsException extends dev.meridian.DomainException {

		ThemeExistsException(String key) {
			super(Kind.CONFLICT, "A theme '" + key + "' exists already");
		}

		@Override
		public String type() {
			return "theme-exists";
		}

	}

}
