package dev.meridian.commerce.customs.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.meridian.InvalidValueException;
import dev.meridian.commerce.customs.CustomsRule;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.CurrencyCode;
import org.jspecify.annotations.Nullable;

/**
 * A customs rule as the API reads and writes it: amounts and rates as decimal strings
 * (rates as fractions, "0.19"), days as ISO dates.
 */
record CustomsRuleJson(@Nullable Long id, @Nullable String code, @Nullable String country,
		@Nullable List<String> origins, @Nullable String validFrom, @Nullable String validTo, @Nullable String currency,
		@Nullable String dutyDeMinimis, @Nullable String taxDeMinimis, @Nullable String taxName,
		@Nullable String taxRate, @Nullable String sellerCollectsUpTo, @Nullable String scheme,
		@Nullable String customsValueFactor, @Nullable Boolean shippingInCustomsValue,
		@Nullable String lowValueDutyPerLine, @Nullable String localTaxName, @Nullable String localTaxRate,
		@Nullable String carrierFee, @Nullable String carrierFeeName, @Nullable Boolean estimate,
		@Nullable String source, @Nullable String sourceUrl, @Nullable String notes) {

	static CustomsRuleJson of(CustomsRule rule) {
		return new CustomsRuleJson(rule.id(), rule.code(), rule.country(), rule.origins().stream().sorted().toList(),
				rule.validFrom().toString(), (rule.validTo() != null) ? rule.validTo().toString() : null,
				rule.currency(), text(rule.dutyDeMinimis()), text(rule.taxDeMinimis()), rule.taxName(),
				text(rule.taxRate()), text(rule.sellerCollectsUpTo()), rule.scheme(), text(rule.customsValueFactor()),
				rule.shippingInCustomsValue(), text(rule.lowValueDutyPerLine()), rule.localTaxName(),
				text(rule.localTaxRate()), text(rule.carrierFee()), rule.carrierFeeName(), rule.estimate(),
				rule.source(), rule.sourceUrl(), rule.notes());
	}

	/** The same rule ending on another day (or open again when {@code null}). */
	CustomsRuleJson withValidTo(@Nullable String day) {
		return new CustomsRuleJson(this.id, this.code, this.country, this.origins, this.validFrom, day, this.currency,
				this.dutyDeMinimis, this.taxDeMinimis, this.taxName, this.taxRate, this.sellerCollectsUpTo, this.scheme,
				this.customsValueFactor, this.shippingInCustomsValue, this.lowValueDutyPerLine, this.localTaxName,
				this.localTaxRate, this.carrierFee, this.carrierFeeName, this.estimate, this.source, this.sourceUrl,
				this.notes);
	}

	CustomsRule toRule() {
		String countryCode = CountryCode.parse("country", this.country).value();
		Set<String> originSet = (this.origins != null) ? this.origins.stream()
			.map(origin -> CountryCode.parse("origins", origin).value())
			.collect(Collectors.toSet()) : Set.of();
		String currencyCode = CurrencyCode.parse("currency", this.currency).value();
		if (this.taxName == null || this.taxName.isBlank()) {
			throw new InvalidValueException("taxName", "Name the import tax (VAT, GST, consumption tax) or none");
		}
		if (this.source == null || this.source.isBlank()) {
			throw new InvalidValueException("source", "Every rule needs its source (law, official page, document)");
		}
		if (this.shippingInCustomsValue == null) {
			throw new InvalidValueException("shippingInCustomsValue",
					"Say whether duty is charged on shipping (true, CIF) or not (false, FOB)");
		}
		var from = RequestDate.parse("validFrom", this.validFrom);
		var to = (this.validTo != null) ? RequestDate.parse("validTo", this.validTo) : null;
		if (to != null && to.isBefore(from)) {
			throw new InvalidValueException("validTo", "The rule cannot end before it starts");
		}
		BigDecimal rate = fraction("taxRate", this.taxRate, true);
		BigDecimal factor = (this.customsValueFactor != null)
				? fraction("customsValueFactor", this.customsValueFactor, true) : BigDecimal.ONE;
		if (factor.signum() <= 0) {
			throw new InvalidValueException("customsValueFactor", "The factor must be greater than zero");
		}
		String ruleCode = (this.code != null && !this.code.isBlank()) ? this.code.strip() : countryCode + "-" + from
				+ (originSet.isEmpty() ? "" : "-" + originSet.stream().sorted().collect(Collectors.joining("-")));
		return new CustomsRule(0, ruleCode, countryCode, originSet, from, to, currencyCode,
				amount("dutyDeMinimis", this.dutyDeMinimis), amount("taxDeMinimis", this.taxDeMinimis),
				this.taxName.strip(), rate, amount("sellerCollectsUpTo", this.sellerCollectsUpTo), this.scheme, factor,
				this.shippingInCustomsValue, amount("lowValueDutyPerLine", this.lowValueDutyPerLine), this.localTaxName,
				(this.localTaxRate != null) ? fraction("localTaxRate", this.localTaxRate, false) : null,
				amount("carrierFee", this.carrierFee), this.carrierFeeName, Boolean.TRUE.equals(this.estimate),
				this.source.strip(), this.sourceUrl, this.notes);
	}

	static @Nullable String text(@Nullable BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : null;
	}

	static @Nullable BigDecimal amount(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (!value.strip().matches("\\d{1,15}(\\.\\d{1,4})?")) {
			throw new InvalidValueException(field, "'" + value + "' is not an amount such as 150 or 22.50");
		}
		return new BigDecimal(value.strip());
	}

	static BigDecimal fraction(String field, @Nullable String value, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				throw new InvalidValueException(field, "A rate as a fraction is needed, e.g. 0.19 for 19 %");
			}
			return BigDecimal.ZERO;
		}
		if (!value.strip().matches("\\d(\\.\\d{1,5})?")) {
			throw new InvalidValueException(field, "'" + value + "' is not a rate as a fraction such as 0.19");
		}
		BigDecimal rate = new BigDecimal(value.strip());
		if (rate.compareTo(BigDecimal.TEN) >= 0) {
			throw new InvalidValueException(field, "A rate must be below 10 (1000 %)");
		}
		return rate;
	}

}
