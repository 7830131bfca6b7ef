package dev.meridian.commerce.customs;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All customs rules and duty rates, indexed by destination country, immutable: looked up
 * on every estimate without touching the database.
 */
public final class CustomsRuleBook {

	private final Map<String, List<CustomsRule>> rules = new HashMap<>();

	private final Map<String, List<DutyRate>> dutyRates = new HashMap<>();

	public CustomsRuleBook(Collection<CustomsRule> rules, Collection<DutyRate> dutyRates) {
		rules.forEach(rule -> this.rules.computeIfAbsent(rule.country(), c -> new java.util.ArrayList<>()).add(rule));
		dutyRates.forEach(
				rate -> this.dutyRates.computeIfAbsent(rate.country(), c -> new java.util.ArrayList<>()).add(rate));
		this.rules.replaceAll((country, list) -> List.copyOf(list));
		this.dutyRates.replaceAll((country, list) -> List.copyOf(list));
	}

	/** Whether any rule exists for this destination. */
	public boolean knows(String country) {
		return this.rules.containsKey(country);
	}

	/**
	 * The rule for goods of {@code origin} sent to {@code country} on {@code day}: a rule
	 * limited to that origin wins over a general one.
	 */
	public Optional<CustomsRule> rule(String country, String origin, LocalDate day) {
		CustomsRule general = null;
		for (CustomsRule rule : this.rules.getOrDefault(country, List.of())) {
			if (rule.appliesOn(day) && rule.coversOrigin(origin)) {
				if (!rule.origins().isEmpty()) {
					return Optional.of(rule);
				}
				general = rule;
			}
		}
		return Optional.ofNullable(general);
	}

	/**
	 * The rule of the same market and origins that ended the day before this one began.
	 */
	public Optional<CustomsRule> previous(CustomsRule rule) {
		LocalDate dayBefore = rule.validFrom().minusDays(1);
		return this.rules.getOrDefault(rule.country(), List.of())
			.stream()
			.filter(other -> other.origins().equals(rule.origins()) && dayBefore.equals(other.validTo()))
			.findFirst();
	}

	/** The duty rate with the longest HS prefix matching the code on {@code day}. */
	public Optional<DutyRate> dutyRate(String country, String hsCode, LocalDate day) {
		DutyRate best = null;
		for (DutyRate rate : this.dutyRates.getOrDefault(country, List.of())) {
			if (rate.appliesOn(day) && rate.matches(hsCode)
					&& (best == null || rate.hsPrefix().length() > best.hsPrefix().length())) {
				best = rate;
			}
		}
		return Optional.ofNullable(best);
	}

	/** Every rule, by country. */
	public List<CustomsRule> rules() {
		return this.rules.values().stream().flatMap(List::stream).toList();
	}

	/** Every duty rate. */
	public List<DutyRate> dutyRates() {
		return this.dutyRates.values().stream().flatMap(List::stream).toList();
	}

}
