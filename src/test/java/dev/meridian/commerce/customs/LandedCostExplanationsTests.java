package dev.meridian.commerce.customs;

import java.util.Locale;

import dev.meridian.commerce.LandedCostEstimate;
import dev.meridian.commerce.LandedCosts.Explanation;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static dev.meridian.commerce.customs.Parcels.parcel;
import static org.assertj.core.api.Assertions.assertThat;

class LandedCostExplanationsTests {

	final LandedCostExplanations explanations = new LandedCostExplanations(bundle());

	static ResourceBundleMessageSource bundle() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages", "commerce-explanations");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static LandedCostEstimate estimate(Parcels parcel) {
		return MarketRulesTests.estimate(parcel);
	}

	@Test
	void explainsTheSuspendedUsExemptionAndWhatTheCarrierCollected() {
		Explanation explanation = this.explanations.explain(
				estimate(parcel().to("US").from("DE").on("2025-08-30").item("6109", "100.00")),
				Locale.forLanguageTag("en-GB"));

		assertThat(explanation.language()).isEqualTo("en-GB");
		assertThat(explanation.text()).isEqualTo("Your order of US$100.00 was shipped to United States on 30 Aug 2025. "
				+ "Since 29 Aug 2025, every parcel pays duty from the first cent of its value "
				+ "(the US$800.00 duty-free allowance is suspended). "
				+ "The carrier collected duty of US$10.00 and a clearance fee of US$10.00 on delivery. "
				+ "In total, the order cost US$120.00. "
				+ "Some amounts are estimates based on representative rates; the carrier's receipt shows the exact figures.");
	}

	@Test
	void explainsInGermanWithGermanNumbersAndDates() {
		Explanation explanation = this.explanations
			.explain(estimate(parcel().to("US").from("DE").on("2025-08-30").item("6109", "100.00")), Locale.GERMAN);

		assertThat(explanation.language()).isEqualTo("de");
		assertThat(explanation.text()).contains("Seit dem 29.08.2025 zahlt jede Sendung Zoll")
			.contains("Zollfreigrenze von 800,00")
			.contains("Zoll von 10,00")
			.contains("Insgesamt hat die Bestellung 120,00");
	}

	@Test
	void explainsIossVatCollectedAtCheckout() {
		LandedCostEstimate estimate = estimate(parcel().to("DE").from("US").on("2025-06-01").item("9503", "100.00"));

		assertThat(this.explanations.explain(estimate, Locale.ENGLISH).text())
			.contains("VAT of €19.00 (19%) was included in the price at checkout")
			.contains("because the goods were worth €150.00 or less")
			.contains("No duty was due, because goods worth €150.00 or less enter duty-free.")
			.doesNotContain("carrier collected");
		assertThat(this.explanations.explain(estimate, Locale.FRENCH).text()).contains("La TVA de 19,00")
			.contains("Aucun droit de douane n'était dû");
	}

	@Test
	void explainsInJapaneseSpanishAndPortuguese() {
		LandedCostEstimate japan = estimate(parcel().to("JP").from("US").on("2025-06-01").item("9503", "20000"));
		LandedCostEstimate canada = estimate(parcel().to("CA").from("CN").on("2025-09-01").item("6109", "100.00"));

		assertThat(this.explanations.explain(japan, Locale.JAPANESE).text()).contains("消費税")
			.contains("¥")
			.contains("関税");
		assertThat(this.explanations.explain(canada, Locale.forLanguageTag("es")).text()).contains("Canadá")
			.contains("El transportista cobró en la entrega");
		assertThat(this.explanations.explain(canada, Locale.forLanguageTag("pt-BR")).text())
			.contains("A transportadora cobrou na entrega");
	}

	@Test
	void fallsBackToEnglishForALanguageItDoesNotWrite() {
		Explanation explanation = this.explanations.explain(
				estimate(parcel().to("GB").from("US").on("2025-06-01").item("9503", "50.00")),
				Locale.forLanguageTag("ko"));

		assertThat(explanation.language()).isEqualTo("en");
		assertThat(explanation.text()).startsWith("Your order of £50.00 was shipped to United Kingdom");
	}

}
