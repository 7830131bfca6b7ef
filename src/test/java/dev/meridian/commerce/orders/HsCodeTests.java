package dev.meridian.commerce.orders;

import dev.meridian.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class HsCodeTests {

	@ParameterizedTest
	@ValueSource(strings = { "01", "6109", "610910", "6109.10.00", "8471300000", "97" })
	void acceptsTwoToTenDigitsInAChapter(String code) {
		assertThat(HsCode.parse("hsCode", code).value()).matches("[0-9]{2,10}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "00", "77", "7701", "98", "99123", "6", "61091000001", "61A9", "", "abc" })
	void refusesCodesOutsideTheNomenclature(String code) {
		assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> HsCode.parse("items[0].hsCode", code))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("items[0].hsCode"));
	}

	@org.junit.jupiter.api.Test
	void dropsTheDotsPeopleWrite() {
		assertThat(HsCode.parse("hsCode", "6109.10").value()).isEqualTo("610910");
		assertThat(HsCode.parse("hsCode", "6109.10").chapter()).isEqualTo("61");
	}

}
