package dev.meridian.markets;

import dev.meridian.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Language tags, country, currency and zone codes: what is accepted, in which form, and
 * what is refused with a reason naming the field.
 */
class InternationalValuesTests {

	@ParameterizedTest
	@CsvSource({ "pt-br, pt-BR", "PT_BR, pt-BR", "zh-hant-tw, zh-Hant-TW", "ja, ja", "und, und", "fil, fil",
			"es-419, es-419" })
	void canonicalizesLanguageTags(String input, String canonical) {
		assertThat(new LanguageTag(input).value()).isEqualTo(canonical);
	}

	@ParameterizedTest
	@ValueSource(strings = { "english", "xx", "pt--BR", "12", "", "qqq" })
	void refusesWhatIsNotALanguage(String input) {
		assertThatThrownBy(() -> LanguageTag.parse("customer.language", input))
			.isInstanceOf(InvalidValueException.class)
			.extracting(ex -> ((InvalidValueException) ex).field())
			.isEqualTo("customer.language");
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "", " ", "und", "UND", "english", "xx", "pt--BR", "12", "qqq", "und-US", "\u0000", "en-US-x-" })
	void readsAStoredValueThatIsNotALanguageAsUndetermined(String stored) {
		assertThat(LanguageTag.read(stored)).isEqualTo(LanguageTag.UNDETERMINED);
		assertThat(LanguageTag.read(null)).isEqualTo(LanguageTag.UNDETERMINED);
	}

	@ParameterizedTest
	@CsvSource({ "pt_BR, pt-BR", "iw, he", "in, id", " de , de", "zh_Hant_TW, zh-Hant-TW" })
	void readsLegacyFormsOfAStoredTagAsTodaysTag(String stored, String tag) {
		assertThat(LanguageTag.read(stored).value()).isEqualTo(tag);
	}

	@Test
	void undeterminedHasALanguageThatIsItselfATag() {
		assertThat(LanguageTag.UNDETERMINED.language()).isEqualTo("und");
		assertThat(new LanguageTag(LanguageTag.UNDETERMINED.language())).isEqualTo(LanguageTag.UNDETERMINED);
	}

	@Test
	void knowsTheLanguageWithoutRegion() {
		assertThat(new LanguageTag("pt-BR").language()).isEqualTo("pt");
		assertThat(LanguageTag.UNDETERMINED.isUndetermined()).isTrue();
	}

	@Test
	void acceptsCountryAndCurrencyCodesInAnyCase() {
		assertThat(new CountryCode("jp").value()).isEqualTo("JP");
		assertThat(new CurrencyCode("brl").value()).isEqualTo("BRL");
	}

	@ParameterizedTest
	@ValueSource(strings = { "XX", "DEU", "Germany", "" })
	void refusesUnknownCountries(String input) {
		assertThatThrownBy(() -> CountryCode.parse("country", input)).isInstanceOf(InvalidValueException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "EURO", "XYZ", "€", "" })
	void refusesUnknownCurrencies(String input) {
		assertThatThrownBy(() -> CurrencyCode.parse("currency", input)).isInstanceOf(InvalidValueException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Mars/Base", "GMT+5", "+09:00", "Central European Time", "" })
	void refusesZonesThatAreNotIanaRegions(String input) {
		assertThatThrownBy(() -> TimeZones.parse("timeZone", input)).isInstanceOf(InvalidValueException.class)
			.hasMessageContaining("IANA");
	}

	@Test
	void acceptsIanaRegionsAndUtc() {
		assertThat(TimeZones.parse("timeZone", "America/Sao_Paulo").getId()).isEqualTo("America/Sao_Paulo");
		assertThat(TimeZones.parse("timeZone", "UTC").getId()).isEqualTo("UTC");
	}

}
