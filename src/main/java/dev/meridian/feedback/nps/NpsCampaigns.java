package dev.meridian.feedback.nps;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.InvalidValueException;
import dev.meridian.customers.Customer;
import dev.meridian.customers.CustomerId;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.feedback.FeedbackSettings;
import dev.meridian.feedback.SurveyKind;
import dev.meridian.feedback.SurveyScale;
import dev.meridian.feedback.surveys.Contacts;
import dev.meridian.feedback.surveys.Survey;
import dev.meridian.feedback.surveys.SurveyAudience;
import dev.meridian.feedback.surveys.SurveyToken;
import dev.meridian.feedback.surveys.Surveys;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.MarketManagement;
import dev.meridian.privacy.Consents;
import dev.meridian.privacy.Purpose;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * NPS campaigns: launched for one market, they ask the market's customers who had a
 * solved ticket or a delivered order in the last {@code windowDays} days "how likely are
 * you to recommend us?" (0–10), a random sample of them, none asked within
 * {@code minIntervalDays} before, none who opted out; each in their language and at their
 * next daytime. The sample is drawn from a hash of campaign and customer, so launching is
 * reproducible and a customer's chance does not depend on the others.
 */
@Service
public class NpsCampaigns {

	private final JdbcClient jdbc;

	private final Contacts contacts;

	private final Surveys surveys;

	private final CustomerManagement customers;

	private final MarketManagement markets;

	private final Consents consents;

	private final SurveyAudience audience;

	private final FeedbackSettings settings;

	private final Clock clock;

	NpsCampaigns(JdbcClient jdbc, Contacts contacts, Surveys surveys, CustomerManagement customers,
			MarketManagement markets, Consents consents, SurveyAudience audience, FeedbackSettings settings,
			Clock clock) {
		this.jdbc = jdbc;
		this.contacts = contacts;
		this.surveys = surveys;
		this.customers = customers;
		this.markets = markets;
		this.consents = consents;
		this.audience = audience;
		this.settings = settings;
		this.clock = clock;
	}

	/** A campaign and how many customers it asked. */
	public record Campaign(UUID id, String market, String name, int windowDays, BigDecimal sampleRate,
			int minIntervalDays, Instant createdAt, int selected) {
	}

	@Transactional
	public Campaign launch(CountryCode market, String name, int windowDays, double sampleRate, int minIntervalDays,
			String by) {
		this.markets.get(market);
		if (name.isBlank() || name.length() > 200) {
			throw new InvalidValueException("name", "A campaign name is 1–200 characters");
		}
		if (windowDays < 1 || windowDays > 366) {
			throw new InvalidValueException("windowDays", "The window is 1–366 days");
		}
		if (!(sampleRate > 0 && sampleRate <= 1)) {
			throw new InvalidValueException("sampleRate", "The sample rate is more than 0 and at most 1");
		}
		if (minIntervalDays < 0 || minIntervalDays > 3660) {
			throw new InvalidValueException("minIntervalDays", "The minimum interval is 0–3660 days");
		}
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		this.jdbc
			.sql("""
					insert into feedback_campaigns (id, market, name, window_days, sample_rate, min_interval_days, created_at,
					    created_by)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, market.value(), name.strip(), windowDays, BigDecimal.valueOf(sampleRate), minIntervalDays,
					Timestamp.from(now), by)
			.update();
		int selected = 0;
		Instant notSince = now.minus(Duration.ofDays(minIntervalDays));
		for (UUID candidate : this.contacts.customersBetween(now.minus(Duration.ofDays(windowDays)), now)) {
			Optional<Customer> customer = this.customers.find(new CustomerId(candidate));
			if (customer.isEmpty() || !customer.get().market().map(market::equals).orElse(false)
					|| customer.get().primaryEmail().isEmpty() || !sampled(id, candidate, sampleRate)
					|| !this.consents.allows(customer.get().id().value(), Purpose.SURVEYS)
					|| (minIntervalDays > 0 && this.surveys.askedNpsSince(candidate, notSince))) {
				continue;
			}
			SurveyAudience.Placed placed = this.audience.place(customer.get(), market, null);
			Instant due = this.audience.window(market).nextAllowed(now, placed.zone());
			Survey survey = new Survey(UUID.randomUUID(), SurveyKind.NPS, SurveyScale.NPS, null, id, candidate,
					placed.language(), market.value(), placed.zoneKnown() ? placed.zone().getId() : null, null, null,
					null, false, "scheduled", null, by, due, null, due.plus(this.settings.validity()), 0);
			if (this.surveys.insert(survey, SurveyToken.random(), now)) {
				selected++;
			}
		}
		this.jdbc.sql("update feedback_campaigns set selected = ? where id = ?").params(selected, id).update();
		return get(id);
	}

	@Transactional(readOnly = true)
	public List<Campaign> list() {
		return this.jdbc.sql("""
				select id, market, name, window_days, sample_rate, min_interval_days, created_at, selected
				from feedback_campaigns order by created_at desc limit 100""").query((rs, n) -> campaign(rs)).list();
	}

	private Campaign get(UUID id) {
		return this.jdbc.sql("""
				select id, market, name, window_days, sample_rate, min_interval_days, created_at, selected
				from feedback_campaigns where id = ?""").param(id).query((rs, n) -> campaign(rs)).single();
	}

	private static Campaign campaign(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Campaign(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4),
				rs.getBigDecimal(5), rs.getInt(6), rs.getTimestamp(7).toInstant(), rs.getInt(8));
	}

	/** Whether the customer is in the campaign's sample: a hash, uniform in [0, 1). */
	static boolean sampled(UUID campaign, UUID customer, double rate) {
		if (rate >= 1) {
			return true;
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((campaign + ":" + customer).getBytes(StandardCharsets.UTF_8));
			long bits = ByteBuffer.wrap(digest).getLong() >>> 11;
			return bits / (double) (1L << 53) < rate;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
