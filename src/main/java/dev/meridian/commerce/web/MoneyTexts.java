package dev.meridian.commerce.web;

import java.math.BigDecimal;

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

}
