package dev.meridian.commerce;

import java.math.BigDecimal;
import java.util.Currency;

import javax.money.MonetaryAmount;

import dev.meridian.InvalidValueException;
import dev.meridian.markets.CurrencyCode;
import org.javamoney.moneta.Money;

/**
 * An amount as the API writes and reads it: a decimal string and an ISO 4217 currency.
 * Strings, not JSON numbers, so that no client's floating point touches money; an amount
 * with more decimals than its currency allows is refused, never rounded.
 */
public record AmountJson(String amount, String currency) {

	/** The API form of an amount, with exactly its currency's decimals. */
	public static AmountJson of(MonetaryAmount money) {
		BigDecimal value = money.getNumber().numberValue(BigDecimal.class);
		int digits = Currency.getInstance(money.getCurrency().getCurrencyCode()).getDefaultFractionDigits();
		if (digits >= 0 && value.scale() < digits) {
			value = value.setScale(digits);
		}
		return new AmountJson(value.toPlainString(), money.getCurrency().getCurrencyCode());
	}

	/**
	 * Reads an amount given as a decimal string in a currency.
	 * @param field the request field, named in the error
	 * @throws InvalidValueException for an unknown currency, a value that is not a plain
	 * decimal, or more decimals than the currency has
	 */
	public static MonetaryAmount parse(String field, String amount, String currency) {
		CurrencyCode code = CurrencyCode.parse(field + ".currency", currency);
		if (amount == null || !amount.strip().matches("-?\\d{1,15}(\\.\\d{1,6})?")) {
			throw new InvalidValueException(field, "'" + amount + "' is not a decimal amount such as 12.50");
		}
		BigDecimal value = new BigDecimal(amount.strip());
		int digits = Currency.getInstance(code.value()).getDefaultFractionDigits();
		if (digits >= 0 && value.stripTrailingZeros().scale() > digits) {
			throw new InvalidValueException(field,
					amount.strip() + " has more decimals than " + code.value() + " allows (" + digits + ")");
		}
		return Money.of(value, code.value());
	}

	/** Reads this API form back into an amount, naming {@code field} in errors. */
	public MonetaryAmount toMoney(String field) {
		return parse(field, this.amount, this.currency);
	}

}
