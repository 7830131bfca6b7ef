package dev.meridian.commerce.customs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A destination market's customs and import-tax rule for a period. Thresholds are in
 * {@code currency} and compared with the goods' value (shipping excluded) times
 * {@code customsValueFactor}; a value at or below a threshold is inside it.
 *
 * @param id database id (0 before it is stored)
 * @param code a readable unique name, e.g. {@code US-2025-08-29}
 * @param country destination, ISO 3166-1 alpha-2
 * @param origins the goods' origins the rule is limited to; empty for any origin
 * @param validFrom first day the rule applies
 * @param validTo last day it applies, or {@code null} while it is in force
 * @param currency ISO 4217 code of the amounts below
 * @param dutyDeMinimis no duty at or below this value; {@code null}: duty from the first
 * unit
 * @param taxDeMinimis no import tax at the border at or below this value; {@code null}:
 * taxed from the first unit
 * @param taxName VAT, GST, consumption tax, or none
 * @param taxRate import VAT/GST rate as a fraction (0.19)
 * @param sellerCollectsUpTo at or below this value the seller collects the tax at
 * checkout (IOSS, UK, Australia, Norway's VOEC); {@code null}: never
 * @param scheme the name of the import scheme, for people
 * @param customsValueFactor share of the price that is the taxable value (Japan: 0.6 for
 * personal use)
 * @param shippingInCustomsValue whether duty is charged on shipping too (CIF) or not
 * (FOB)
 * @param lowValueDutyPerLine flat duty per distinct tariff line at or below the duty de
 * minimis (the EU's EUR 3 from July 2026); {@code null}: none
 * @param localTaxName a further import tax (octroi de mer), charged with the border tax
 * @param localTaxRate its rate as a fraction
 * @param carrierFee the carrier's fee when it collects anything on delivery
 * @param carrierFeeName what the carrier calls it
 * @param estimate whether figures of this rule are representative, not exact
 * @param source the law or official page the rule was taken from
 * @param sourceUrl where to read it
 * @param notes what a reviewer should know
 */
public record CustomsRule(long id, String code, String country, Set<String> origins, LocalDate validFrom,
		@Nullable LocalDate validTo, String currency, @Nullable BigDecimal dutyDeMinimis,
		@Nullable BigDecimal taxDeMinimis, String taxName, BigDecimal taxRate, @Nullable BigDecimal sellerCollectsUpTo,
		@Nullable String scheme, BigDecimal customsValueFactor, boolean shippingInCustomsValue,
		@Nullable BigDecimal lowValueDutyPerLine, @Nullable String localTaxName, @Nullable BigDecimal localTaxRate,
		@Nullable BigDecimal carrierFee, @Nullable String carrierFeeName, boolean estimate, String source,
		@Nullable String sourceUrl, @Nullable String notes) {

	public CustomsRule {
		origins = Set.copyOf(origins);
	}

	/** Whether the rule is in force on {@code day}. */
	public boolean appliesOn(LocalDate day) {
		return !day.isBefore(this.validFrom) && (this.validTo == null || !day.isAfter(this.validTo));
	}

	/**
	 * Whether the rule covers goods of this origin (a rule without origins covers all).
	 */
	public boolean coversOrigin(String origin) {
		return this.origins.isEmpty() || this.origins.contains(origin);
	}

	/** Whether the two rules' periods share a day. */
	public boolean overlaps(CustomsRule other) {
		return (other.validTo == null || !this.validFrom.isAfter(other.validTo))
				&& (this.validTo == null || !other.validFrom.isAfter(this.validTo));
	}

	/** The same rule under another id. */
	public CustomsRule withId(long newId) {
		return new CustomsRule(newId, this.code, this.country, this.origins, this.validFrom, this.validTo,
				this.currency, this.dutyDeMinimis, this.taxDeMinimis, this.taxName, this.taxRate,
				this.sellerCollectsUpTo, this.scheme, this.customsValueFactor, this.shippingInCustomsValue,
				this.lowValueDutyPerLine, this.localTaxName, this.localTaxRate, this.carrierFee, this.carrierFeeName,
				this.estimate, this.source, this.sourceUrl, this.notes);
	}

}
