package dev.meridian.commerce;

import java.math.BigDecimal;
import java.time.LocalDate;

import javax.money.MonetaryAmount;

/**
 * An amount converted into another currency, with the rate used and the day that rate was
 * published (a day without rates uses the latest earlier one), so a conversion can always
 * be explained later.
 *
 * @param original what was converted
 * @param converted the result, rounded half-up to the target currency's decimals
 * @param rate units of the target currency per unit of the original
 * @param rateDate the day the rate was published
 * @param source who published it ({@code ECB}, {@code manual}, ...)
 */
public record Conversion(MonetaryAmount original, MonetaryAmount converted, BigDecimal rate, LocalDate rateDate,
		String source) {

}
