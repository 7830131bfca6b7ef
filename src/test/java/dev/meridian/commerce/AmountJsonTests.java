package dev.meridian.commerce;

import dev.meridian.InvalidValueException;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AmountJsonTests {

	@Test
	void writesTheCurrencysDecimals() {
		assertThat(AmountJson.of(Money.of(12.5, "EUR"))).isEqualTo(new AmountJson("12.50", "EUR"));
		assertThat(AmountJson.of(Money.of(1235, "JPY"))).isEqualTo(new AmountJson("1235", "JPY"));
		assertThat(AmountJson.of(Money.of(new java.math.BigDecimal("1.5"), "KWD")))
			.isEqualTo(new AmountJson("1.500", "KWD"));
	}

	@Test
	void refusesMoreDecimalsThanTheCurrencyHasInsteadOfRounding() {
		assertThatExceptionOfType(InvalidValueException.class)
			.isThrownBy(() -> AmountJson.parse("unitPrice", "10.005", "EUR"))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("unitPrice"));
		assertThatExceptionOfType(InvalidValueException.class)
			.isThrownBy(() -> AmountJson.parse("unitPrice", "100.5", "JPY"));
		assertThat(AmountJson.parse("unitPrice", "10.500", "EUR")).isEqualTo(Money.of(10.5, "EUR"));
	}

	@Test
	void refusesUnknownCurrenciesAndNonDecimals() {
		assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> AmountJson.parse("a", "1", "XYZ"))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("a.currency"));
		assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> AmountJson.parse("a", "1e3", "EUR"));
		assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> AmountJson.parse("a", "", "EUR"));
	}

}
