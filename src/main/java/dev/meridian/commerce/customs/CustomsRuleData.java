package dev.meridian.commerce.customs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reviewed customs rules and duty rates Meridian ships with, as a JSON resource: read
 * by the migration that loads them into the tables, by the tests of each market's rules,
 * and by the landed-cost benchmark, so all three use the same data.
 *
 * @param rules the customs rules
 * @param dutyRates the duty rates
 */
public record CustomsRuleData(List<CustomsRule> rules, List<DutyRate> dutyRates) {

	/** The data file of migration V91.2. */
	public static final String V91_2 = "/db/data/customs-rules-v91.2.json";

	/** Reads a data file from the classpath. */
	public static CustomsRuleData load(String resource) {
		try (InputStream in = CustomsRuleData.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("No customs rule data at " + resource);
			}
			return read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Reads {@code {"rules": [...], "dutyRates": [...]}}. */
	public static CustomsRuleData read(InputStream json) {
		JsonNode root = JsonMapper.builder().build().readTree(json);
		List<CustomsRule> rules = new ArrayList<>();
		for (JsonNode rule : root.get("rules")) {
			Set<String> origins = new HashSet<>();
			rule.get("origins").forEach(origin -> origins.add(origin.asString()));
			rules.add(new CustomsRule(0, text(rule, "code"), text(rule, "country"), origins,
					LocalDate.parse(text(rule, "validFrom")), date(rule, "validTo"), text(rule, "currency"),
					decimal(rule, "dutyDeMinimis"), decimal(rule, "taxDeMinimis"), text(rule, "taxName"),
					new BigDecimal(text(rule, "taxRate")), decimal(rule, "sellerCollectsUpTo"),
					optional(rule, "scheme"), new BigDecimal(text(rule, "customsValueFactor")),
					rule.get("shippingInCustomsValue").asBoolean(), decimal(rule, "lowValueDutyPerLine"),
					optional(rule, "localTaxName"), decimal(rule, "localTaxRate"), decimal(rule, "carrierFee"),
					optional(rule, "carrierFeeName"), rule.get("estimate").asBoolean(), text(rule, "source"),
					optional(rule, "sourceUrl"), optional(rule, "notes")));
		}
		List<DutyRate> rates = new ArrayList<>();
		for (JsonNode rate : root.get("dutyRates")) {
			rates.add(new DutyRate(0, text(rate, "country"), text(rate, "hsPrefix"), new BigDecimal(text(rate, "rate")),
					LocalDate.parse(text(rate, "validFrom")), date(rate, "validTo"), rate.get("estimate").asBoolean(),
					text(rate, "source")));
		}
		return new CustomsRuleData(List.copyOf(rules), List.copyOf(rates));
	}

	/** The data as a rule book. */
	public CustomsRuleBook book() {
		return new CustomsRuleBook(this.rules, this.dutyRates);
	}

	private static String text(JsonNode node, String field) {
		String value = optional(node, field);
		if (value == null) {
			throw new IllegalStateException("Customs rule data: " + field + " missing in " + node);
		}
		return value;
	}

	private static @Nullable String optional(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	private static @Nullable BigDecimal decimal(JsonNode node, String field) {
		String value = optional(node, field);
		return (value != null) ? new BigDecimal(value) : null;
	}

	private static @Nullable LocalDate date(JsonNode node, String field) {
		String value = optional(node, field);
		return (value != null) ? LocalDate.parse(value) : null;
	}

}
