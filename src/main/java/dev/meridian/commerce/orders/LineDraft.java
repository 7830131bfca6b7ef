package dev.meridian.commerce.orders;

import java.math.BigDecimal;

import dev.meridian.markets.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * One line of an order as a source sends it, already checked.
 *
 * @param sku the stock keeping unit
 * @param title the product's title in the order's language
 * @param quantity at least one
 * @param unitPrice in the order's currency, with no more decimals than it allows
 * @param hsCode for customs
 * @param originCountry where the goods were made
 * @param weightGrams shipping weight of one unit
 */
public record LineDraft(String sku, String title, int quantity, BigDecimal unitPrice, @Nullable HsCode hsCode,
		@Nullable CountryCode originCountry, @Nullable Integer weightGrams) {
}
