package dev.meridian.commerce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import javax.money.MonetaryAmount;

import org.jspecify.annotations.Nullable;

/**
 * What goods cost a customer once they arrive: the goods, shipping, duty, import tax and
 * the carrier's fees, each line naming the rule and source it comes from, all in the
 * query's currency.
 *
 * @param query what was estimated
 * @param lines the cost lines in order: goods, shipping, duties, taxes, fees
 * @param total their sum
 * @param basis the customs rule applied, for explanations
 * @param conversions every currency conversion made (rate and rate date)
 */
public record LandedCostEstimate(LandedCostQuery query, List<Line> lines, MonetaryAmount total, Basis basis,
		List<Conversion> conversions) {

	/** What a line is for. */
	public enum Kind {

		GOODS, SHIPPING, DUTY, VAT, FEE

	}

	/** Who collects a line's amount from the customer. */
	public enum Collector {

		/** The seller, in the price paid at checkout. */
		SELLER_AT_CHECKOUT,
		/** The carrier, before it hands over the parcel. */
		CARRIER_ON_DELIVERY

	}

	/**
	 * One cost.
	 *
	 * @param kind what it is for
	 * @param amount how much, in the query's currency
	 * @param rule the rule and figures applied, for people
	 * @param source the law or page the rule comes from
	 * @param collectedBy who collects it
	 * @param estimate whether a representative figure went into it
	 */
	public record Line(Kind kind, MonetaryAmount amount, String rule, String source, Collector collectedBy,
			boolean estimate) {

	}

	/**
	 * The customs rule behind the estimate.
	 *
	 * @param ruleCode the rule's code
	 * @param scheme the import scheme's name
	 * @param currency the currency of the thresholds
	 * @param valueForThresholds the goods' value as compared with the thresholds
	 * @param dutyDeMinimis no duty at or below this ({@code null}: duty from the first
	 * unit)
	 * @param sellerCollectsUpTo the seller collects the tax at or below this
	 * @param taxDeMinimis no border tax at or below this
	 * @param taxName VAT, GST, consumption tax or none
	 * @param taxRate the tax rate as a fraction
	 * @param validFrom the first day the rule applies
	 * @param previousDutyDeMinimis the duty de minimis of the rule before it, if it had
	 * one and this one has none (a suspended exemption)
	 */
	public record Basis(String ruleCode, @Nullable String scheme, String currency, BigDecimal valueForThresholds,
			@Nullable BigDecimal dutyDeMinimis, @Nullable BigDecimal sellerCollectsUpTo,
			@Nullable BigDecimal taxDeMinimis, String taxName, BigDecimal taxRate, LocalDate validFrom,
			@Nullable BigDecimal previousDutyDeMinimis) {

	}

	/** The sum of the lines of one kind, zero if there are none. */
	public MonetaryAmount sum(Kind kind) {
		MonetaryAmount sum = this.total.multiply(0);
		for (Line line : this.lines) {
			if (line.kind() == kind) {
				sum = sum.add(line.amount());
			}
		}
		return sum;
	}

	/** The sum of the lines collected by one party, excluding goods and shipping. */
	public MonetaryAmount charges(Collector by) {
		MonetaryAmount sum = this.total.multiply(0);
		for (Line line : this.lines) {
			if (line.collectedBy() == by && line.kind() != Kind.GOODS && line.kind() != Kind.SHIPPING) {
				sum = sum.add(line.amount());
			}
		}
		return sum;
	}

}
