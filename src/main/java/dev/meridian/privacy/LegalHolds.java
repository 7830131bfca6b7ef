package dev.meridian.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.meridian.InvalidValueException;
import dev.meridian.privacy.audit.AuditLog;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legal holds per market: which order fields an erasure keeps, and for how many years
 * after the order, because the market's accounting or tax law requires them. A market
 * without a hold of its own follows the default ({@link LegalHoldSettings}). Modules that
 * keep such records ask {@link #of(String)} when they erase.
 */
@Service
public class LegalHolds {

	/** A hold longer than this is a typo, not a law. */
	public static final int MAX_YEARS = 30;

	private final JdbcClient jdbc;

	private final LegalHoldSettings settings;

	private final AuditLog audit;

	private final Clock clock;

	LegalHolds(JdbcClient jdbc, LegalHoldSettings settings, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	/** The hold of markets without their own. */
	public LegalHold defaults() {
		return new LegalHold(null, this.settings.defaultYears(), fields(this.settings.defaultOrderFields()));
	}

	/** The hold that applies to the market's orders: its own, else the default. */
	@Transactional(readOnly = true)
	public LegalHold of(@Nullable String market) {
		if (market == null) {
			return defaults();
		}
		return own(market).orElseGet(this::defaults);
	}

	/** The market's own hold, if it has one. */
	@Transactional(readOnly = true)
	public Optional<LegalHold> own(String market) {
		String code = marketCode(market);
		return this.jdbc.sql("select market, years, order_fields from privacy_legal_holds where market = ?")
			.param(code)
			.query((rs, row) -> new LegalHold(rs.getString(1), rs.getInt(2),
					fields(List.of((String[]) rs.getArray(3).getArray()))))
			.optional();
	}

	/** Every market's own hold, by market. */
	@Transactional(readOnly = true)
	public List<LegalHold> markets() {
		return this.jdbc.sql("select market, years, order_fields from privacy_legal_holds order by market")
			.query((rs, row) -> new LegalHold(rs.getString(1), rs.getInt(2),
					fields(List.of((String[]) rs.getArray(3).getArray()))))
			.list();
	}

	/**
	 * Sets the market's own hold, by whoever is acting, and notes it in the audit trail.
	 * Years 0 or no fields: the market holds nothing (not the default).
	 * @throws InvalidValueException for a market code, years or field that is not one
	 */
	@Transactional
	public LegalHold put(String market, int years, List<String> orderFields) {
		String code = marketCode(market);
		if (years < 0 || years > MAX_YEARS) {
			throw new InvalidValueException("years", "Between 0 and " + MAX_YEARS);
		}
		Set<HeldField> fields = fields(orderFields);
		LegalHold hold = new LegalHold(code, years, fields);
		this.jdbc.sql("""
				insert into privacy_legal_holds (market, years, order_fields, updated_at, updated_by)
				values (?, ?, ?, ?, ?)
				on conflict (market) do update set years = excluded.years, order_fields = excluded.order_fields,
				    updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
			.params(code, years, hold.fieldKeys().toArray(String[]::new), Timestamp.from(this.clock.instant()),
					this.audit.currentActor())
			.update();
		this.audit.record("privacy.legal-hold-changed", "market:" + code);
		return hold;
	}

	/** Removes the market's own hold: it follows the default again. */
	@Transactional
	public void remove(String market) {
		String code = marketCode(market);
		if (this.jdbc.sql("delete from privacy_legal_holds where market = ?").param(code).update() > 0) {
			this.audit.record("privacy.legal-hold-changed", "market:" + code);
		}
	}

	static String marketCode(String market) {
		String code = market.strip().toUpperCase(Locale.ROOT);
		if (!code.matches("[A-Z]{2}")) {
			throw new InvalidValueException("market", "An ISO 3166-1 alpha-2 country code, e.g. DE");
		}
		return code;
	}

	private static Set<HeldField> fields(List<String> keys) {
		Set<HeldField> fields = EnumSet.noneOf(HeldField.class);
		List<String> unknown = new ArrayList<>();
		for (String key : keys) {
			HeldField.ofKey(key).ifPresentOrElse(fields::add, () -> unknown.add(key));
		}
		if (!unknown.isEmpty()) {
			throw new InvalidValueException("orderFields",
					"Unknown field(s) " + String.join(", ", unknown) + "; one of "
							+ String.join(", ", EnumSet.allOf(HeldField.class).stream().map(HeldField::key).toList()));
		}
		return fields;
	}

}
