package dev.meridian.commerce.customs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.meridian.DomainException;
import dev.meridian.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored customs rules and duty rates, and the {@link CustomsRuleBook} estimates read
 * them from. The book is kept in memory for a minute and dropped at once when a rule or
 * rate changes on this node; other nodes of a cluster see a change within the minute.
 */
@Service
public class CustomsRules {

	private static final Duration FRESH_FOR = Duration.ofMinutes(1);

	private static final String RULE_COLUMNS = """
			id, code, country, origins, valid_from, valid_to, currency, duty_de_minimis, tax_de_minimis, tax_name,
			tax_rate, seller_collects_up_to, scheme, customs_value_factor, shipping_in_customs_value,
			low_value_duty_per_line, local_tax_name, local_tax_rate, carrier_fee, carrier_fee_name, estimate,
			source, source_url, notes""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile Snapshot snapshot;

	CustomsRules(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	private record Snapshot(CustomsRuleBook book, Instant loadedAt) {

	}

	/** Every rule and duty rate, at most a minute old. */
	public CustomsRuleBook book() {
		Snapshot current = this.snapshot;
		Instant now = this.clock.instant();
		if (current == null || current.loadedAt().plus(FRESH_FOR).isBefore(now)) {
			current = new Snapshot(new CustomsRuleBook(rules(null), dutyRates(null)), now);
			this.snapshot = current;
		}
		return current.book();
	}

	/** The rules, of one destination or all, ordered by country and start. */
	public List<CustomsRule> rules(String country) {
		String where = (country != null) ? " where country = :country" : "";
		JdbcClient.StatementSpec sql = this.jdbc
			.sql("select " + RULE_COLUMNS + " from customs_rule" + where + " order by country, valid_from, code");
		if (country != null) {
			sql = sql.param("country", country);
		}
		return sql.query(CustomsRules::rule).list();
	}

	public CustomsRule rule(long id) {
		return this.jdbc.sql("select " + RULE_COLUMNS + " from customs_rule where id = ?")
			.param(id)
			.query(CustomsRules::rule)
			.optional()
			.orElseThrow(() -> new NotFoundException("Customs rule", id));
	}

	/**
	 * Stores a new rule; its period must not overlap one of the same market and origins.
	 */
	@Transactional
	public CustomsRule create(CustomsRule rule) {
		checkNoOverlap(rule, 0);
		long id = this.jdbc.sql("insert into customs_rule (" + RULE_COLUMNS.replaceFirst("id, ", "") + """
				) values (:code, :country, :origins, :validFrom, :validTo, :currency, :dutyDeMinimis, :taxDeMinimis,
				:taxName, :taxRate, :sellerCollectsUpTo, :scheme, :customsValueFactor, :shippingInCustomsValue,
				:lowValueDutyPerLine, :localTaxName, :localTaxRate, :carrierFee, :carrierFeeName, :estimate, :source,
				:sourceUrl, :notes) returning id""").params(params(rule)).query(Long.class).single();
		changed();
		return rule.withId(id);
	}

	/** Replaces a rule's content. */
	@Transactional
	public CustomsRule update(long id, CustomsRule rule) {
		rule(id);
		checkNoOverlap(rule, id);
		this.jdbc.sql("""
				update customs_rule set code = :code, country = :country, origins = :origins, valid_from = :validFrom,
				valid_to = :validTo, currency = :currency, duty_de_minimis = :dutyDeMinimis,
				tax_de_minimis = :taxDeMinimis, tax_name = :taxName, tax_rate = :taxRate,
				seller_collects_up_to = :sellerCollectsUpTo, scheme = :scheme,
				customs_value_factor = :customsValueFactor, shipping_in_customs_value = :shippingInCustomsValue,
				low_value_duty_per_line = :lowValueDutyPerLine, local_tax_name = :localTaxName,
				local_tax_rate = :localTaxRate, carrier_fee = :carrierFee, carrier_fee_name = :carrierFeeName,
				estimate = :estimate, source = :source, source_url = :sourceUrl, notes = :notes, updated_at = now()
				where id = :id""").params(params(rule)).param("id", id).update();
		changed();
		return rule.withId(id);
	}

	/** The duty rates, of one market or all. */
	public List<DutyRate> dutyRates(String country) {
		String where = (country != null) ? " where country = :country" : "";
		JdbcClient.StatementSpec sql = this.jdbc
			.sql("select id, country, hs_prefix, rate, valid_from, valid_to, estimate, source from customs_duty_rate"
					+ where + " order by country, hs_prefix, valid_from");
		if (country != null) {
			sql = sql.param("country", country);
		}
		return sql.query((rs, row) -> new DutyRate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
				rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getBoolean(7), rs.getString(8)))
			.list();
	}

	/** Stores a duty rate, replacing the one of the same market, prefix and start day. */
	@Transactional
	public DutyRate saveDutyRate(DutyRate rate) {
		long id = this.jdbc.sql("""
				insert into customs_duty_rate (country, hs_prefix, rate, valid_from, valid_to, estimate, source)
				values (:country, :hsPrefix, :rate, :validFrom, :validTo, :estimate, :source)
				on conflict (country, hs_prefix, valid_from) do update set rate = excluded.rate,
				valid_to = excluded.valid_to, estimate = excluded.estimate, source = excluded.source, updated_at = now()
				returning id""").params(params(rate)).query(Long.class).single();
		changed();
		return new DutyRate(id, rate.country(), rate.hsPrefix(), rate.rate(), rate.validFrom(), rate.validTo(),
				rate.estimate(), rate.source());
	}

	private void checkNoOverlap(CustomsRule rule, long exceptId) {
		for (CustomsRule other : rules(rule.country())) {
			if (other.id() != exceptId && other.origins().equals(rule.origins()) && other.overlaps(rule)) {
				throw new OverlappingRuleException(rule, other);
			}
		}
	}

	private void changed() {
		this.snapshot = null;
	}

	private static Map<String, Object> params(CustomsRule rule) {
		Map<String, Object> params = new HashMap<>();
		params.put("code", rule.code());
		params.put("country", rule.country());
		params.put("origins", String.join(",", new TreeSet<>(rule.origins())));
		params.put("validFrom", rule.validFrom());
		params.put("validTo", rule.validTo());
		params.put("currency", rule.currency());
		params.put("dutyDeMinimis", rule.dutyDeMinimis());
		params.put("taxDeMinimis", rule.taxDeMinimis());
		params.put("taxName", rule.taxName());
		params.put("taxRate", rule.taxRate());
		params.put("sellerCollectsUpTo", rule.sellerCollectsUpTo());
		params.put("scheme", rule.scheme());
		params.put("customsValueFactor", rule.customsValueFactor());
		params.put("shippingInCustomsValue", rule.shippingInCustomsValue());
		params.put("lowValueDutyPerLine", rule.lowValueDutyPerLine());
		params.put("localTaxName", rule.localTaxName());
		params.put("localTaxRate", rule.localTaxRate());
		params.put("carrierFee", rule.carrierFee());
		params.put("carrierFeeName", rule.carrierFeeName());
		params.put("estimate", rule.estimate());
		params.put("source", rule.source());
		params.put("sourceUrl", rule.sourceUrl());
		params.put("notes", rule.notes());
		return params;
	}

	private static Map<String, Object> params(DutyRate rate) {
		Map<String, Object> params = new HashMap<>();
		params.put("country", rate.country());
		params.put("hsPrefix", rate.hsPrefix());
		params.put("rate", rate.rate());
		params.put("validFrom", rate.validFrom());
		params.put("validTo", rate.validTo());
		params.put("estimate", rate.estimate());
		params.put("source", rate.source());
		return params;
	}

	private static CustomsRule rule(ResultSet rs, int row) throws SQLException {
		String origins = rs.getString("origins");
		Set<String> originSet = origins.isBlank() ? Set.of()
				: Arrays.stream(origins.split(",")).map(String::strip).collect(Collectors.toSet());
		return new CustomsRule(rs.getLong("id"), rs.getString("code"), rs.getString("country"), originSet,
				rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
				rs.getString("currency"), rs.getBigDecimal("duty_de_minimis"), rs.getBigDecimal("tax_de_minimis"),
				rs.getString("tax_name"), rs.getBigDecimal("tax_rate"), rs.getBigDecimal("seller_collects_up_to"),
				rs.getString("scheme"), rs.getBigDecimal("customs_value_factor"),
				rs.getBoolean("shipping_in_customs_value"), rs.getBigDecimal("low_value_duty_per_line"),
				rs.getString("local_tax_name"), rs.getBigDecimal("local_tax_rate"), rs.getBigDecimal("carrier_fee"),
				rs.getString("carrier_fee_name"), rs.getBoolean("estimate"), rs.getString("source"),
				rs.getString("source_url"), rs.getString("notes"));
	}

	/** Two rules of the same market and origins would apply on the same day. */
	public static class OverlappingRuleException extends DomainException {

		OverlappingRuleException(CustomsRule rule, CustomsRule other) {
			super(Kind.CONFLICT,
					"The rule's period " + rule.validFrom() + " to "
							+ ((rule.validTo() != null) ? rule.validTo() : "open") + " overlaps rule " + other.code()
							+ " (" + other.validFrom() + " to " + ((other.validTo() != null) ? other.validTo() : "open")
							+ ") of the same market and origins; end that one first");
		}

		@Override
		public String type() {
			return "overlapping-customs-rule";
		}

	}

}
