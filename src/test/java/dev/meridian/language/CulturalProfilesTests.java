package dev.meridian.language;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
	void givesTheAgentAHintInTheirLanguage() {
		assertThat(this.profiles.hint(new LanguageTag("ja"), Locale.ENGLISH))
			.contains("formal register (keigo); family name + 様");
		assertThat(this.profiles.hint(new LanguageTag("ja"), Locale.GERMAN))
			.hasValueSatisfying(h -> assertThat(h).contains("Familienname"));
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
