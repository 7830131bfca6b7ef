package dev.meridian.commerce.web;

import java.math.BigDecimal;

import javax.money.MonetaryAmount;

import com.ibm.icu.text.NumberFormat;

import dev.meridian.commerce.AmountJson;
import dev.meridian.commerce.MoneyFormat;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Amounts on the workspace's screens, in the viewer's locale with their currency:
 * {@code @money.format(...)} in templates.
 */
@Component("money")
public class MoneyTexts {

	public String format(@Nullable AmountJson amount) {
		if (amount == null) {
			return "";
		}
		return MoneyFormat.of(LocaleContextHolder.getLocale())
			.format(new BigDecimal(amount.amount()), amount.currency());
	}

	/** An amount held as a number and a currency code, as customs rules hold theirs. */
	public String format(@Nullable BigDecimal amount, @Nullable String currency) {
		if (amount == null || currency == null) {
			return "";
		}
		return MoneyFormat.of(LocaleContextHolder.getLocale()).format(amount, currency);
	}

	/** An amount of Moneta's, as conversions give them. */
	public String formatAmount(@Nullable MonetaryAmount amount) {
		return amount == null ? "" : format(AmountJson.of(amount));
	}

	/**
	 * A rate held as a fraction, as a percentage in the viewer's language: 0.077 is
	 * "7.7%" in English, "7,7 %" in German.
	 */
	public String percent(@Nullable BigDecimal fraction) {
		if (fraction == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getPercentInstance(LocaleContextHolder.getLocale());
		format.setMaximumFractionDigits(3);
		return format.format(fraction);
	}

}
