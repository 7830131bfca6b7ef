package dev.meridian.language;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import dev.meridian.markets.LanguageTag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CulturalProfilesTests {

	static TranslationSettings settings(boolean notice, Map<String, String> notices) {
		return new TranslationSettings("apertium", List.of(), List.of("en", "es"), 10_000, Duration.ofSeconds(30), 8,
				notice, notices);
	}

	final CulturalProfiles profiles = new CulturalProfiles(settings(true, Map.of()));

	@Test
	void salutesEachCustomerTheWayTheirLanguageDoes() {
		assertThat(this.profiles.salutation(new LanguageTag("ja"), "Hanako", "田中", null)).contains("田中様");
		assertThat(this.profiles.salutation(new LanguageTag("de"), "Anna", "Schmidt", "ms"))
			.contains("Sehr geehrte Frau Schmidt");
		assertThat(this.profiles.salutation(new LanguageTag("de"), "Anna", "Schmidt", null))
			.contains("Guten Tag Anna Schmidt");
		assertThat(this.profiles.salutation(new LanguageTag("en-GB"), "Yuki", "Tanaka", "Ms."))
			.contains("Dear Ms. Tanaka");
		assertThat(this.profiles.salutation(new LanguageTag("ja"), null, null, null)).contains("お客様");
		assertThat(this.profiles.salutation(new LanguageTag("pt-BR"), "João", "Silva", null)).contains("Olá, João!");
	}

	@Test
	void knowsTheRegisterAndNameOrder() {
		CulturalProfile japanese = this.profiles.of(new LanguageTag("ja")).orElseThrow();
		assertThat(japanese.register()).isEqualTo("formal");
		assertThat(japanese.familyNameFirst()).isTrue();
		assertThat(this.profiles.of(new LanguageTag("de-AT")).orElseThrow().formal()).isEqualTo("Sie");
		assertThat(this.profiles.of(new LanguageTag("es")).orElseThrow().informal()).isEqualTo("tú");
		assertThat(this.profiles.of(LanguageTag.UNDETERMINED)).isEmpty();
	}

	@Test
	void fillsInTheSalutationPlaceholder() {
		assertThat(this.profiles.fillIn("{customer.salutation}\n\nIhr Paket ist unterwegs.", new LanguageTag("de"),
				"Anna", "Schmidt", "ms"))
			.startsWith("Sehr geehrte Frau Schmidt\n");
	}

	@Test
	void everyProfileHasAHintForAgentsInEveryWorkspaceLanguage() throws IOException {
		for (String bundle : List.of("messages", "messages_de", "messages_es", "messages_pt", "messages_fr",
				"messages_ja", "messages_ar")) {
			Properties messages = new Properties();
			try (var in = CulturalProfilesTests.class.getResourceAsStream("/" + bundle + ".properties")) {
				messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			for (CulturalProfile profile : this.profiles.all()) {
				assertThat(messages.getProperty("culture.hint." + profile.language()))
					.as("culture.hint.%s in %s", profile.language(), bundle)
					.isNotBlank();
			}
		}
		assertThat(this.profiles.all()).extracting(CulturalProfile::language)
			.contains("en", "de", "fr", "es", "pt", "pt-BR", "it", "nl", "ja", "ko", "zh", "ar", "hu");
	}

	@Test
	void everyProfileHasGreetingsAndClosingsInBothFormalities() {
		for (CulturalProfile profile : this.profiles.all()) {
			for (String formality : List.of("formal", "informal")) {
				assertThat(profile.greetings().get(formality)).as("%s %s greetings", profile.language(), formality)
					.containsKeys("neutral", "unnamed");
				assertThat(profile.closings().get(formality)).as("%s %s closing", profile.language(), formality)
					.isNotBlank();
			}
		}
	}

	@Test
	void theMachineTranslationNoticeIsLocalizedAndConfigurable() {
		assertThat(this.profiles.machineTranslationNotice(new LanguageTag("es")))
			.hasValueSatisfying(notice -> assertThat(notice).contains("traducido automáticamente"));
		CulturalProfiles configured = new CulturalProfiles(settings(true, Map.of("es", "Traducción automática.")));
		assertThat(configured.machineTranslationNotice(new LanguageTag("es-MX"))).contains("Traducción automática.");
		CulturalProfiles off = new CulturalProfiles(settings(false, Map.of()));
		assertThat(off.machineTranslationNotice(new LanguageTag("es"))).isEmpty();
	}

}
