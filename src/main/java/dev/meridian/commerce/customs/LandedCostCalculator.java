package dev.meridian.commerce.customs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.money.CurrencyUnit;

import dev.meridian.InvalidValueException;
import dev.meridian.commerce.Conversion;
import dev.meridian.commerce.CurrencyConversions;
import dev.meridian.commerce.LandedCostEstimate;
import dev.meridian.commerce.LandedCostEstimate.Basis;
import dev.meridian.commerce.LandedCostEstimate.Collector;
import dev.meridian.commerce.LandedCostEstimate.Kind;
import dev.meridian.commerce.LandedCostEstimate.Line;
import dev.meridian.commerce.LandedCostQuery;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;

/**
 * Applies a market's customs rule to a query. Pure arithmetic on a
 * {@link CustomsRuleBook} and dated exchange rates; no database of its own, so it is
 * cheap enough to run for every order.
 *
 * <ol>
 * <li>The goods' value (shipping excluded) is converted into the rule's currency at the
 * rate of the query's day and multiplied by the rule's customs-value factor: that value
 * is compared with the thresholds, inclusively.</li>
 * <li>Duty: none at or below the duty de minimis (except a flat duty per tariff line
 * where the rule has one); above, each item's taxable value (value times the
 * customs-value factor, plus its share of shipping where duty is charged on shipping)
 * times the longest-prefix duty rate of its HS code.</li>
 * <li>Tax: at or below the seller-collects threshold the seller charges it at checkout on
 * goods and shipping; otherwise, above the tax de minimis, the carrier collects it at the
 * border on the taxable value, shipping and duty (and a local import tax where the rule
 * has one).</li>
 * <li>A carrier fee whenever the carrier collects anything.</li>
 * </ol>
 * Every amount is rounded half-up to the query currency's decimals, line by line.
 */
public final class LandedCostCalculator {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final CurrencyConversions conversions;

	public LandedCostCalculator(CurrencyConversions conversions) {
		this.conversions = conversions;
	}

	public LandedCostEstimate estimate(LandedCostQuery query, CustomsRuleBook book) {
		String destination = query.destination().value();
		CustomsRule rule = book.rule(destination, query.origin().value(), query.date())
			.orElseThrow(() -> book.knows(destination)
					? new InvalidValueException("date",
							"No customs rule for " + destination + " applies on " + query.date())
					: new InvalidValueException("destinationCountry",
							"No customs rules are known for " + destination + "; an admin can add them"));
		Estimate estimate = new Estimate(query, rule);
		return estimate.run(book);
	}

	private final class Estimate {

		private final LandedCostQuery query;

		private final CustomsRule rule;

		private final CurrencyUnit currency;

		private final int digits;

		private final List<Line> lines = new ArrayList<>(6);

		private final List<Conversion> conversionsMade = new ArrayList<>(2);

		private final String source;

		Estimate(LandedCostQuery query, CustomsRule rule) {
			this.query = query;
			this.rule = rule;
			this.currency = query.shipping().getCurrency();
			this.digits = Math.max(Currency.getInstance(this.currency.getCurrencyCode()).getDefaultFractionDigits(), 0);
			this.source = (rule.sourceUrl() != null) ? rule.source() + " (" + rule.sourceUrl() + ")" : rule.source();
		}

		LandedCostEstimate run(CustomsRuleBook book) {
			BigDecimal goods = BigDecimal.ZERO;
			for (LandedCostQuery.Item item : this.query.items()) {
				goods = goods.add(decimal(item.value()).multiply(BigDecimal.valueOf(item.quantity())));
			}
			BigDecimal shipping = decimal(this.query.shipping());
			BigDecimal value = toRuleCurrency(goods).multiply(this.rule.customsValueFactor());
			boolean sellerCollects = within(value, this.rule.sellerCollectsUpTo());
			boolean dutyFree = within(value, this.rule.dutyDeMinimis());
			boolean taxFree = within(value, this.rule.taxDeMinimis());
			Collector borderOrSeller = sellerCollects ? Collector.SELLER_AT_CHECKOUT : Collector.CARRIER_ON_DELIVERY;

			add(Kind.GOODS, goods, "goods as priced", "order", Collector.SELLER_AT_CHECKOUT, false);
			if (shipping.signum() > 0) {
				add(Kind.SHIPPING, shipping, "shipping as charged", "order", Collector.SELLER_AT_CHECKOUT, false);
			}

			BigDecimal duty = BigDecimal.ZERO;
			if (dutyFree) {
				if (this.rule.lowValueDutyPerLine() != null) {
					int tariffLines = tariffLines();
					BigDecimal flat = fromRuleCurrency(
							this.rule.lowValueDutyPerLine().multiply(BigDecimal.valueOf(tariffLines)));
					duty = duty.add(add(Kind.DUTY, flat,
							this.rule.code() + ": flat duty of " + this.rule.currency() + " "
									+ this.rule.lowValueDutyPerLine().toPlainString() + " per tariff line x "
									+ tariffLines + " at or below " + threshold(this.rule.dutyDeMinimis()),
							this.source, borderOrSeller, this.rule.estimate()));
				}
			}
			else {
				duty = duties(book, goods, shipping);
			}

			if (this.rule.taxRate().signum() > 0) {
				if (sellerCollects) {
					add(Kind.VAT, goods.add(shipping).add(duty).multiply(this.rule.taxRate()),
							this.rule.code() + ": " + this.rule.taxName() + " " + percent(this.rule.taxRate())
									+ " collected by the seller at or below "
									+ threshold(this.rule.sellerCollectsUpTo()) + " (" + this.rule.scheme() + ")",
							this.source, Collector.SELLER_AT_CHECKOUT, this.rule.estimate());
				}
				else if (!taxFree) {
					BigDecimal local = BigDecimal.ZERO;
					BigDecimal taxable = goods.multiply(this.rule.customsValueFactor());
					if (this.rule.localTaxRate() != null && this.rule.localTaxName() != null) {
						BigDecimal base = this.rule.shippingInCustomsValue() ? taxable.add(shipping) : taxable;
						local = add(Kind.DUTY, base.multiply(this.rule.localTaxRate()),
								this.rule.code() + ": " + this.rule.localTaxName() + " "
										+ percent(this.rule.localTaxRate()),
								this.source, Collector.CARRIER_ON_DELIVERY, true);
					}
					add(Kind.VAT, taxable.add(shipping).add(duty).add(local).multiply(this.rule.taxRate()),
							this.rule.code() + ": import " + this.rule.taxName() + " " + percent(this.rule.taxRate())
									+ " on goods, shipping and duty"
									+ ((this.rule.taxDeMinimis() != null)
											? " above " + threshold(this.rule.taxDeMinimis()) : ""),
							this.source, Collector.CARRIER_ON_DELIVERY, this.rule.estimate());
				}
			}

			if (this.rule.carrierFee() != null && carrierCollects()) {
				add(Kind.FEE, fromRuleCurrency(this.rule.carrierFee()),
						this.rule.code() + ": " + this.rule.carrierFeeName(), this.source,
						Collector.CARRIER_ON_DELIVERY, true);
			}

			BigDecimal total = BigDecimal.ZERO;
			for (Line line : this.lines) {
				total = total.add(decimal(line.amount()));
			}
			BigDecimal previous = null;
			if (this.rule.dutyDeMinimis() == null) {
				previous = book.previous(this.rule).map(CustomsRule::dutyDeMinimis).orElse(null);
			}
			Basis basis = new Basis(this.rule.code(), this.rule.scheme(), this.rule.currency(), value,
					this.rule.dutyDeMinimis(), this.rule.sellerCollectsUpTo(), this.rule.taxDeMinimis(),
					this.rule.taxName(), this.rule.taxRate(), this.rule.validFrom(), previous);
			return new LandedCostEstimate(this.query, List.copyOf(this.lines), Money.of(total, this.currency), basis,
					List.copyOf(this.conversionsMade));
		}

		private BigDecimal duties(CustomsRuleBook book, BigDecimal goods, BigDecimal shipping) {
			BigDecimal duty = BigDecimal.ZERO;
			List<LandedCostQuery.Item> items = this.query.items();
			for (int i = 0; i < items.size(); i++) {
				LandedCostQuery.Item item = items.get(i);
				int index = i;
				DutyRate rate = book.dutyRate(this.rule.country(), item.hsCode(), this.query.date())
					.orElseThrow(() -> new InvalidValueException("items[" + index + "].hsCode",
							"No duty rate for HS " + item.hsCode() + " in " + this.rule.country() + " on "
									+ this.query.date()
									+ "; an admin must add one (POST /api/v1/commerce/duty-rates)"));
				BigDecimal itemValue = decimal(item.value()).multiply(BigDecimal.valueOf(item.quantity()));
				BigDecimal base = itemValue.multiply(this.rule.customsValueFactor());
				if (this.rule.shippingInCustomsValue() && goods.signum() > 0) {
					base = base.add(shipping.multiply(itemValue).divide(goods, 10, RoundingMode.HALF_UP));
				}
				duty = duty.add(add(Kind.DUTY, base.multiply(rate.rate()),
						this.rule.code() + ": duty on HS " + item.hsCode() + " at " + percent(rate.rate())
								+ (rate.hsPrefix().isEmpty() ? " (market default)" : " (HS " + rate.hsPrefix() + ")")
								+ (rate.estimate() ? ", estimate" : "")
								+ ((this.rule.dutyDeMinimis() != null)
										? ", above " + threshold(this.rule.dutyDeMinimis()) : ", no de minimis"),
						rate.source() + "; " + this.source, Collector.CARRIER_ON_DELIVERY,
						rate.estimate() || this.rule.estimate()));
			}
			return duty;
		}

		private int tariffLines() {
			Set<String> headings = new HashSet<>();
			for (LandedCostQuery.Item item : this.query.items()) {
				headings.add(item.hsCode().substring(0, Math.min(6, item.hsCode().length())));
			}
			return headings.size();
		}

		private boolean carrierCollects() {
			for (Line line : this.lines) {
				if (line.collectedBy() == Collector.CARRIER_ON_DELIVERY && line.amount().isPositive()) {
					return true;
				}
			}
			return false;
		}

		private BigDecimal add(Kind kind, BigDecimal amount, String ruleText, String from, Collector by,
				boolean estimate) {
			BigDecimal rounded = amount.setScale(this.digits, RoundingMode.HALF_UP);
			this.lines.add(new Line(kind, Money.of(rounded, this.currency), ruleText, from, by, estimate));
			return rounded;
		}

		private BigDecimal toRuleCurrency(BigDecimal amount) {
			if (this.rule.currency().equals(this.currency.getCurrencyCode())) {
				return amount;
			}
			CurrencyConversions conversions = LandedCostCalculator.this.conversions;
			Conversion conversion = conversions.convert(Money.of(amount, this.currency),
					conversions.unit(this.rule.currency()), this.query.date());
			this.conversionsMade.add(conversion);
			return amount.multiply(conversion.rate());
		}

		private BigDecimal fromRuleCurrency(BigDecimal amount) {
			if (this.rule.currency().equals(this.currency.getCurrencyCode())) {
				return amount;
			}
			CurrencyConversions conversions = LandedCostCalculator.this.conversions;
			Conversion conversion = conversions.convert(Money.of(amount, conversions.unit(this.rule.currency())),
					this.currency, this.query.date());
			this.conversionsMade.add(conversion);
			return amount.multiply(conversion.rate());
		}

		private String threshold(@Nullable BigDecimal amount) {
			return (amount != null) ? this.rule.currency() + " " + amount.stripTrailingZeros().toPlainString() : "-";
		}

	}

	private static boolean within(BigDecimal value, @Nullable BigDecimal threshold) {
		return threshold != null && value.compareTo(threshold) <= 0;
	}

	private static BigDecimal decimal(javax.money.MonetaryAmount amount) {
		return amount.getNumber().numberValue(BigDecimal.class);
	}

	private static String percent(BigDecimal fraction) {
		return fraction.multiply(HUNDRED).stripTrailingZeros().toPlainString() + " %";
	}

}
