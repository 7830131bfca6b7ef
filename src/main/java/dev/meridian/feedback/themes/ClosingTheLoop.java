package dev.meridian.feedback.themes;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.meridian.DomainException;
import dev.meridian.InvalidValueException;
import dev.meridian.customers.CustomerId;
import dev.meridian.feedback.surveys.SurveyAudience;
import dev.meridian.language.Translation;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import dev.meridian.privacy.Consents;
import dev.meridian.privacy.Purpose;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A theme marked addressed tells each customer who raised it, once, what changed: the
 * supervisor's note translated into the customer's language (as written when no engine
 * knows the pair), sent in their daytime, never to a customer who opted out. The note is
 * translated before anything is written, outside any transaction, so no row and no
 * connection wait for a translation engine.
 */
@Service
public class ClosingTheLoop {

	private static final Logger log = LoggerFactory.getLogger(ClosingTheLoop.class);

	private final Themes themes;

	private final JdbcClient jdbc;

	private final Translation translation;

	private final Consents consents;

	private final SurveyAudience audience;

	private final TransactionTemplate transaction;

	private final Clock clock;

	ClosingTheLoop(Themes themes, JdbcClient jdbc, Translation translation, Consents consents, SurveyAudience audience,
			TransactionTemplate transaction, Clock clock) {
		this.themes = themes;
		this.jdbc = jdbc;
		this.translation = translation;
		this.consents = consents;
		this.audience = audience;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** What marking a theme addressed set in motion. */
	public record Addressed(Themes.Theme theme, int notified, int skipped) {
	}

	private record Raiser(UUID customer, UUID survey, String language, @Nullable String market, @Nullable String zone) {
	}

	/**
	 * Marks a theme addressed and queues the "you told us, we changed this" messages.
	 * @param note what changed, as the customers should hear it
	 * @param noteLanguage the note's language
	 * @throws ThemeAddressedException when it was marked addressed before: the customers
	 * were told once
	 */
	public Addressed markAddressed(String key, String note, LanguageTag noteLanguage, String by) {
		if (note.isBlank() || note.length() > 2000) {
			throw new InvalidValueException("note", "The note says what changed, in 1–2000 characters");
		}
		Themes.Theme theme = this.themes.get(key);
		if ("addressed".equals(theme.state())) {
			throw new ThemeAddressedException(key);
		}
		List<Raiser> raisers = this.jdbc.sql("""
				select distinct on (s.customer_id) s.customer_id, s.id, s.language, s.market, s.zone
				from feedback_theme_comments c join feedback_surveys s on s.id = c.survey_id
				where c.theme_key = ? and s.state = 'answered' order by s.customer_id, s.created_at desc""")
			.param(key)
			.query((rs, n) -> new Raiser(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getString(4), rs.getString(5)))
			.list();
		Map<String, String> translated = new HashMap<>();
		for (Raiser raiser : raisers) {
			translated.computeIfAbsent(raiser.language(), language -> translate(note.strip(), noteLanguage, language));
		}
		int[] counts = new int[2];
		this.transaction.executeWithoutResult(status -> {
			Instant now = this.clock.instant();
			int marked = this.jdbc.sql("""
					update feedback_themes set state = 'addressed', note = ?, note_language = ?, addressed_at = ?,
					    addressed_by = ?
					where key = ? and state = 'open'""")
				.params(note.strip(), noteLanguage.value(), Timestamp.from(now), by, key)
				.update();
			if (marked == 0) {
				throw new ThemeAddressedException(key);
			}
			for (Raiser raiser : raisers) {
				boolean optedOut = !this.consents.allows(raiser.customer(), Purpose.SURVEYS);
				ZoneId zone = raiser.zone() == null ? ZoneOffset.UTC : ZoneId.of(raiser.zone());
				Instant due = optedOut ? now
						: this.audience.window(raiser.market() == null ? null : new CountryCode(raiser.market()))
							.nextAllowed(now, zone);
				int inserted = this.jdbc
					.sql("""
							insert into feedback_loop_messages (id, theme_key, customer_id, survey_id, language, change_text,
							    state, reason, due_at, created_at)
							values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (theme_key, customer_id) do nothing""")
					.params(UUID.randomUUID(), key, raiser.customer(), raiser.survey(), raiser.language(),
							translated.get(raiser.language()), optedOut ? "skipped" : "queued",
							optedOut ? "opted out" : null, Timestamp.from(due), Timestamp.from(now))
					.update();
				counts[optedOut ? 1 : 0] += inserted;
			}
		});
		return new Addressed(this.themes.get(key), counts[0], counts[1]);
	}

	private String translate(String note, LanguageTag from, String to) {
		try {
			return this.translation.translate(note, from, new LanguageTag(to)).text();
		}
		catch (RuntimeException ex) {
			// No engine for the pair, or none answering: the note as the supervisor wrote
			// it, inside a message otherwise in the customer's language.
			log.info("The note of a theme could not be translated from {} to {}: {}", from, to, ex.getMessage());
			return note;
		}
	}

	/** The theme was addressed already: its customers were told once. */
	public static class ThemeAddressedException extends DomainException {

		ThemeAddressedException(String key) {
			super(Kind.CONFLICT, "The theme '" + key + "' was marked addressed already; its customers were told once");
		}

		@Override
		public String type() {
			return "theme-addressed";
		}

	}

}
