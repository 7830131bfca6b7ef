package dev.meridian.commerce.customs.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The customs admin screen's form for a dated rule. Rates are typed as percentages (19
 * for 19 %), origins as a comma-separated list; it becomes the API's request so the
 * screen and the API check a rule the same way.
 */
record CustomsRuleForm(@Nullable String country, @Nullable String origins, @Nullable String validFrom,
		@Nullable String validTo, @Nullable String currency, @Nullable String dutyDeMinimis,
		@Nullable String taxDeMinimis, @Nullable String taxName, @Nullable String taxRatePercent,
		@Nullable String sellerCollectsUpTo, @Nullable String scheme, @Nullable Boolean shippingInCustomsValue,
		@Nullable String source, @Nullable String sourceUrl) {

	static CustomsRuleForm empty() {
		return new CustomsRuleForm(null, null, null, null, null, null, null, "VAT", null, null, null, false, null,
				null);
	}

	CustomsRuleJson toRequest() {
		List<String> originList = (this.origins == null || this.origins.isBlank()) ? List.of()
				: Arrays.stream(this.origins.split("[,\\s]+")).filter(origin -> !origin.isBlank()).toList();
		return new CustomsRuleJson(null, null, this.country, originList, this.validFrom, blankToNull(this.validTo),
				this.currency, blankToNull(this.dutyDeMinimis), blankToNull(this.taxDeMinimis), this.taxName,
				fraction(this.taxRatePercent), blankToNull(this.sellerCollectsUpTo), blankToNull(this.scheme), null,
				Boolean.TRUE.equals(this.shippingInCustomsValue), null, null, null, null, null, false, this.source,
				blankToNull(this.sourceUrl), null);
	}

	/**
	 * A percentage as the fraction the rule stores (19 → 0.19); text that is no number
	 * goes on as typed and is refused there, beside the field.
	 */
	private static @Nullable String fraction(@Nullable String percent) {
		if (percent == null || percent.isBlank()) {
			return null;
		}
		String text = percent.strip().replace(',', '.');
		if (!text.matches("\\d{1,3}(\\.\\d{1,3})?")) {
			return percent;
		}
		return new BigDecimal(text).movePointLeft(2).stripTrailingZeros().toPlainString();
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
