package dev.meridian.customers;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names shown in the order and spacing of the name's own locale.
 */
class PersonNamesTests {

	@ParameterizedTest
	@CsvSource({ "ja, 花子, 田中, 田中花子", "zh, 伟, 王, 王伟", "ko, 민준, 김, 김민준", "hu, Zoltán, Nagy, Nagy Zoltán",
			"de, Jürgen, Müller, Jürgen Müller", "pt-BR, João, Silva, João Silva",
			"ar, فاطمة, الهاشمي, فاطمة الهاشمي" })
	void formatsNamesInTheirLocalesOrder(String locale, String given, String family, String expected) {
		assertThat(PersonNames.display(given, family, Locale.forLanguageTag(locale))).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(value = { "Madonna, null, Madonna", "null, Tanaka, Tanaka", "null, null, ''" }, nullValues = "null")
	void usesWhateverPartIsPresent(String given, String family, String expected) {
		assertThat(PersonNames.display(given, family, Locale.ENGLISH)).isEqualTo(expected);
	}

}
