package dev.meridian.commerce.rates;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EcbReferenceRatesTests {

	@Test
	void readsTheDailyFileAsOneDayOfRatesPerEuro() {
		List<EcbReferenceRates.Day> days = EcbReferenceRates.parse(resource("/commerce/eurofxref-daily.xml"));

		assertThat(days).hasSize(1);
		assertThat(days.get(0).date()).isEqualTo(LocalDate.of(2025, 8, 29));
		assertThat(days.get(0).rates()).containsEntry("USD", new BigDecimal("1.1658"))
			.containsEntry("JPY", new BigDecimal("171.44"))
			.containsEntry("GBP", new BigDecimal("0.86465"))
			.hasSize(8);
		assertThat(days.get(0).asRates()).first()
			.isEqualTo(new DatedRate("EUR", "USD", LocalDate.of(2025, 8, 29), new BigDecimal("1.1658"), "ECB"));
	}

	@Test
	void readsEveryDayOfTheHistoricalFileAndSkipsCodesThatAreNotCurrencies() {
		List<EcbReferenceRates.Day> days = EcbReferenceRates.parse(resource("/commerce/eurofxref-hist.xml"));

		assertThat(days).extracting(EcbReferenceRates.Day::date)
			.containsExactly(LocalDate.of(2025, 8, 28), LocalDate.of(2025, 8, 27), LocalDate.of(1999, 1, 4));
		assertThat(days.get(1).rates()).containsEntry("CAD", new BigDecimal("1.6050"));
		// CYP (the Cypriot pound, replaced in 2008) is still an ISO 4217 code the JDK
		// knows.
		assertThat(days.get(2).rates()).containsOnlyKeys("USD", "JPY", "CYP");
	}

	@Test
	void refusesADocumentThatIsNotAnEnvelopeOfReferenceRates() {
		assertThatExceptionOfType(EcbFormatException.class)
			.isThrownBy(() -> EcbReferenceRates.parse(text("<html><body>Service unavailable</body></html>")))
			.withMessageContaining("gesmes:Envelope");
		assertThatExceptionOfType(EcbFormatException.class)
			.isThrownBy(() -> EcbReferenceRates
				.parse(text("<gesmes:Envelope xmlns:gesmes=\"http://www.gesmes.org/xml/2002-08-01\">")))
			.withMessageContaining("well-formed");
		assertThatExceptionOfType(EcbFormatException.class)
			.isThrownBy(() -> EcbReferenceRates.parse(
					text("""
							<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
							<Cube><Cube time="2025-13-01"><Cube currency="USD" rate="1.1"/></Cube></Cube></gesmes:Envelope>
							""")))
			.withMessageContaining("2025-13-01");
		assertThatExceptionOfType(EcbFormatException.class)
			.isThrownBy(() -> EcbReferenceRates.parse(
					text("""
							<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
							<Cube><Cube time="2025-08-29"><Cube currency="USD" rate="n/a"/></Cube></Cube></gesmes:Envelope>
							""")))
			.withMessageContaining("USD");
	}

	@Test
	void doesNotResolveExternalEntities() {
		String hostile = """
				<?xml version="1.0"?>
				<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
				<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
				<Cube><Cube time="2025-08-29"><Cube currency="USD" rate="&x;"/></Cube></Cube></gesmes:Envelope>
				""";

		assertThatExceptionOfType(EcbFormatException.class).isThrownBy(() -> EcbReferenceRates.parse(text(hostile)));
	}

	private static InputStream resource(String name) {
		return EcbReferenceRatesTests.class.getResourceAsStream(name);
	}

	private static InputStream text(String xml) {
		return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
	}

}
