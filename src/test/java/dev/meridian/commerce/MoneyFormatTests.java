package dev.meridian.commerce;

import java.math.BigDecimal;
import java.util.Locale;

import org.javamoney.moneta.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyFormatTests {

	@ParameterizedTest(name = "{0} reads {2} {1} as {3}")
	@CsvSource(delimiter = '|', textBlock = """
			de    | EUR | 1234.56 | 1.234,56 €
			de-DE | EUR | 0.5     | 0,50 €
			ja    | JPY | 1235    | ¥1,235
			ja-JP | JPY | 1234.6  | ¥1,235
			en-US | USD | 1234.56 | $1,234.56
			en-CA | USD | 1234.56 | US$1,234.56
			es-MX | USD | 1234.56 | US$1,234.56
			en-AU | USD | 1234.56 | US$1,234.56
			en-US | CAD | 1234.56 | CA$1,234.56
			es-MX | MXN | 1234.56 | $1,234.56
			en-CA | CAD | 1234.56 | $1,234.56
			en-GB | GBP | 135     | £135.00
			en-GB | USD | 12.5    | US$12.50
			pt-BR | BRL | 1234.56 | R$ 1.234,56
			""")
	void writesAmountsTheWayTheViewersLocaleDoes(String locale, String currency, String amount, String expected) {
		String formatted = MoneyFormat.of(Locale.forLanguageTag(locale)).format(new BigDecimal(amount), currency);

		assertThat(normalizeSpaces(formatted)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			fr-FR | EUR | 1234.56 | 1 234,56 €
			de-CH | CHF | 1234.56 | CHF 1'234.56
			""")
	void keepsTheLocalesOwnSeparators(String locale, String currency, String amount, String expected) {
		String formatted = MoneyFormat.of(Locale.forLanguageTag(locale))
			.format(Money.of(new BigDecimal(amount), currency));

		assertThat(normalizeSpaces(formatted)).isEqualTo(expected);
	}

	/**
	 * CLDR puts (narrow) no-break spaces between number and symbol; compare them as
	 * spaces.
	 */
	private static String normalizeSpaces(String text) {
		return text.replace('\u00A0', ' ').replace('\u202F', ' ');
	}

}
