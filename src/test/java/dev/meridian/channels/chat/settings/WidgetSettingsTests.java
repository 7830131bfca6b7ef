package dev.meridian.channels.chat.settings;

import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.meridian.InvalidValueException;
import dev.meridian.markets.LanguageTag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WidgetSettingsTests {

	@Test
	void offersTheVisitorsLanguageWhenTheMarketOffersItElseItsFirstLanguage() {
		WidgetSettings swiss = settings(List.of("de", "fr", "it"));

		assertThat(swiss.offer(new LanguageTag("fr-CH"))).isEqualTo(new LanguageTag("fr-CH"));
		assertThat(swiss.offer(new LanguageTag("fr"))).isEqualTo(new LanguageTag("fr"));
		assertThat(swiss.offer(new LanguageTag("ja"))).isEqualTo(new LanguageTag("de"));
		assertThat(swiss.offer(LanguageTag.UNDETERMINED)).isEqualTo(new LanguageTag("de"));
		assertThat(settings(List.of()).offer(new LanguageTag("ja"))).isEqualTo(new LanguageTag("ja"));
	}

	@Test
	void greetsInTheExactLanguageElseTheBaseLanguage() {
		WidgetSettings shop = new WidgetSettings("PT", true, "#1d4ed8",
				Map.of("pt", "Olá!", "pt-BR", "Oi! Tudo bem?", "en", ""), List.of(), List.of(), PreChatForm.NONE);

		assertThat(shop.greetingFor(new LanguageTag("pt-BR"))).isEqualTo("Oi! Tudo bem?");
		assertThat(shop.greetingFor(new LanguageTag("pt-PT"))).isEqualTo("Olá!");
		assertThat(shop.greetingFor(new LanguageTag("en"))).as("a blank greeting is none").isNull();
	}

	@Test
	void refusesColoursWhiteTextCannotBeReadOn() {
		assertThat(WidgetSettings.contrastWithWhite("#000000")).isEqualTo(21.0,
				org.assertj.core.data.Offset.offset(0.01));
		assertThat(WidgetSettings.contrastWithWhite("#ffffff")).isEqualTo(1.0,
				org.assertj.core.data.Offset.offset(0.01));
		assertThatThrownBy(
				() -> new WidgetSettings("DE", true, "#fde047", Map.of(), List.of(), List.of(), PreChatForm.NONE))
			.isInstanceOfSatisfying(InvalidValueException.class, ex -> assertThat(ex.field()).isEqualTo("colour"));
		assertThatThrownBy(
				() -> new WidgetSettings("DE", true, "blue", Map.of(), List.of(), List.of(), PreChatForm.NONE))
			.isInstanceOf(InvalidValueException.class);
		assertThat(new WidgetSettings("DE", true, "#1D4ED8", Map.of(), List.of(), List.of(), PreChatForm.NONE).colour())
			.isEqualTo("#1d4ed8");
	}

	/**
	 * Seeded: every colour accepted gives white text at least 4.5:1, every one refused
	 * less.
	 */
	@Test
	void theContrastRuleHoldsForRandomColours() {
		Random random = new Random(13);
		for (int i = 0; i < 2000; i++) {
			String colour = String.format("#%06x", random.nextInt(0x1000000));
			double contrast = WidgetSettings.contrastWithWhite(colour);
			boolean accepted;
			try {
				new WidgetSettings("DE", true, colour, Map.of(), List.of(), List.of(), PreChatForm.NONE);
				accepted = true;
			}
			catch (InvalidValueException ex) {
				accepted = false;
			}
			assertThat(accepted).as("%s (%.2f:1)", colour, contrast).isEqualTo(contrast >= 4.5);
		}
	}

	@Test
	void originsAreSchemeHostAndPortOnly() {
		WidgetSettings shop = new WidgetSettings(
				"DE", true, "#1d4ed8", Map.of(), List.of(" https://shop.example ", "https://*.shop.example",
						"http://localhost:[*]", "http://127.0.0.2:8080", "https://shop.example"),
				List.of(), PreChatForm.NONE);
		assertThat(shop.allowedOrigins()).containsExactly("https://shop.example", "https://*.shop.example",
				"http://localhost:[*]", "http://127.0.0.2:8080");
		for (String bad : List.of("https://shop.example/", "shop.example", "ftp://shop.example",
				"https://shop.example/path", "https://*", "javascript:alert(1)")) {
			assertThatThrownBy(() -> new WidgetSettings("DE", true, "#1d4ed8", Map.of(), List.of(bad), List.of(),
					PreChatForm.NONE))
				.as(bad)
				.isInstanceOfSatisfying(InvalidValueException.class,
						ex -> assertThat(ex.field()).isEqualTo("allowedOrigins"));
		}
	}

	@Test
	void marketsAreCountryCodesOrTheDefault() {
		assertThat(WidgetSettings.defaults("*").market()).isEqualTo("*");
		assertThatThrownBy(() -> WidgetSettings.defaults("Germany")).isInstanceOf(InvalidValueException.class);
	}

	private static WidgetSettings settings(List<String> languages) {
		return new WidgetSettings("CH", true, "#1d4ed8", Map.of(), List.of(), languages, PreChatForm.NONE);
	}

}
