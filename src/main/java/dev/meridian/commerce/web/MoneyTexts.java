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

}
