package dev.meridian.commerce.customs.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.money.MonetaryAmount;

import dev.meridian.InvalidValueException;
import dev.meridian.commerce.AmountJson;
import dev.meridian.commerce.Conversion;
import dev.meridian.commerce.LandedCostEstimate;
import dev.meridian.commerce.LandedCostQuery;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.CurrencyCode;
import org.jspecify.annotations.Nullable;

/**
 * The landed-cost API's request and response shapes.
 */
final class LandedCostJson {

	private LandedCostJson() {
	}

	/**
	 * One line of goods: value per unit as a decimal string in the request's currency.
	 */
	record ItemJson(@Nullable String hsCode, @Nullable String value, @Nullable Integer quantity) {

	}

	/**
	 * What to estimate; {@code language} is read by the explanation endpoint only.
	 */
	record Request(@Nullable String destinationCountry, @Nullable String originCountry, @Nullable String currency,
			@Nullable String date, @Nullable List<ItemJson> items, @Nullable String shipping,
			@Nullable String language) {

		LandedCostQuery toQuery() {
			CountryCode destination = CountryCode.parse("destinationCountry", this.destinationCountry);
			CountryCode origin = CountryCode.parse("originCountry", this.originCountry);
			String code = CurrencyCode.parse("currency", this.currency).value();
			var day = RequestDate.parse("date", this.date);
			if (this.items == null || this.items.isEmpty()) {
				throw new InvalidValueException("items", "At least one item is needed");
			}
			List<LandedCostQuery.Item> goods = new ArrayList<>();
			for (int i = 0; i < this.items.size(); i++) {
				ItemJson item = this.items.get(i);
				String field = "items[" + i + "]";
				if (item == null) {
					throw new InvalidValueException(field, "An item cannot be null");
				}
				String hsCode = LandedCostQuery.checkHsCode(item.hsCode(), field + ".hsCode");
				MonetaryAmount value = AmountJson.parse(field + ".value", item.value(), code);
				int quantity = (item.quantity() != null) ? item.quantity() : 1;
				if (quantity < 1) {
					throw new InvalidValueException(field + ".quantity", "The quantity must be at least 1");
				}
				goods.add(new LandedCostQuery.Item(hsCode, value, quantity));
			}
			MonetaryAmount shippingAmount = AmountJson.parse("shipping", (this.shipping != null) ? this.shipping : "0",
					code);
			return new LandedCostQuery(destination, origin, day, goods, shippingAmount);
		}

		Locale locale() {
			if (this.language == null || this.language.isBlank()) {
				return Locale.ENGLISH;
			}
			Locale locale = Locale.forLanguageTag(this.language.strip());
			if (locale.getLanguage().isEmpty()) {
				throw new InvalidValueException("language", "'" + this.language + "' is not a BCP 47 language tag");
			}
			return locale;
		}

	}

	record LineJson(String kind, AmountJson amount, String rule, String source, String collectedBy, boolean estimate) {

	}

	record RuleJson(String code, @Nullable String scheme, String currency, String valueForThresholds,
			@Nullable String dutyDeMinimis, @Nullable String sellerCollectsUpTo, @Nullable String taxDeMinimis,
			String taxName, String taxRate) {

	}

	record ConversionJson(AmountJson from, AmountJson to, String rate, String rateDate, String source) {

	}

	record Response(List<LineJson> lines, AmountJson total, RuleJson rule, List<ConversionJson> conversions) {

		static Response of(LandedCostEstimate estimate) {
			List<LineJson> lines = estimate.lines()
				.stream()
				.map(line -> new LineJson(line.kind().name().toLowerCase(Locale.ROOT), AmountJson.of(line.amount()),
						line.rule(), line.source(),
						line.collectedBy().name().toLowerCase(Locale.ROOT).replace('_', '-'), line.estimate()))
				.toList();
			LandedCostEstimate.Basis basis = estimate.basis();
			RuleJson rule = new RuleJson(basis.ruleCode(), basis.scheme(), basis.currency(),
					basis.valueForThresholds().stripTrailingZeros().toPlainString(),
					CustomsRuleJson.text(basis.dutyDeMinimis()), CustomsRuleJson.text(basis.sellerCollectsUpTo()),
					CustomsRuleJson.text(basis.taxDeMinimis()), basis.taxName(), CustomsRuleJson.text(basis.taxRate()));
			List<ConversionJson> conversions = estimate.conversions().stream().map(Response::conversion).toList();
			return new Response(lines, AmountJson.of(estimate.total()), rule, conversions);
		}

		private static ConversionJson conversion(Conversion conversion) {
			return new ConversionJson(AmountJson.of(conversion.original()), AmountJson.of(conversion.converted()),
					conversion.rate().stripTrailingZeros().toPlainString(), conversion.rateDate().toString(),
					conversion.source());
		}

	}

	record ExplanationJson(String language, String text) {

	}

}
