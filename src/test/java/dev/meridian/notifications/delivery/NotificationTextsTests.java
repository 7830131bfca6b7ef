package dev.meridian.notifications.delivery;

import dev.meridian.commerce.ShipmentStatus;
import dev.meridian.commerce.ShipmentSubStatus;
import dev.meridian.markets.LanguageTag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationTextsTests {

	private final NotificationTexts texts = new NotificationTexts();

	@Test
	void writesInThePreferredLanguageElseTheMarketsElseEnglish() {
		assertThat(NotificationTexts.languageFor(new LanguageTag("ja-JP"), new LanguageTag("en"))).isEqualTo("ja");
		assertThat(NotificationTexts.languageFor(new LanguageTag("nl"), new LanguageTag("fr"))).isEqualTo("fr");
		assertThat(NotificationTexts.languageFor(new LanguageTag("nl"), new LanguageTag("nl"))).isEqualTo("en");
		assertThat(NotificationTexts.languageFor(LanguageTag.UNDETERMINED, null)).isEqualTo("en");
	}

	@Test
	void theJapaneseCustomsHoldSaysSoInJapanese() {
		String body = this.texts.body("ja", "山田 花子", "T-1", "Japan Post", "EJ123", ShipmentStatus.EXCEPTION,
				ShipmentSubStatus.HELD_AT_CUSTOMS, "https://example.test/t");
		assertThat(body).startsWith("山田 花子 様").contains("税関で保留").contains("EJ123").contains("https://example.test/t");
		assertThat(this.texts.subject("ja", "T-1")).isEqualTo("ご注文 T-1：配送状況のお知らせ");
	}

	@Test
	void frenchApostrophesSurviveMessageFormat() {
		String body = this.texts.body("fr", "Anne", "T-2", "Colissimo", "6A1", ShipmentStatus.FAILED_ATTEMPT, null,
				null);
		assertThat(body).contains("Colissimo n'a pas pu livrer votre commande T-2 (6A1)");
	}

	@ParameterizedTest
	@EnumSource(value = ShipmentSubStatus.class,
			names = { "HELD_AT_CUSTOMS", "CUSTOMS_DELAY", "DUTIES_PAYABLE", "MISSING_DOCUMENTS" })
	void everyLanguageHasEveryText(ShipmentSubStatus subStatus) {
		for (String language : NotificationTexts.LANGUAGES) {
			for (ShipmentStatus status : new ShipmentStatus[] { ShipmentStatus.EXCEPTION,
					ShipmentStatus.FAILED_ATTEMPT }) {
				assertThat(this.texts.body(language, "X", "N", "C", "T", status, null, "u")).doesNotContain("{");
			}
			String customs = this.texts.body(language, "X", "N", "C", "T", ShipmentStatus.IN_TRANSIT, subStatus, "u");
			assertThat(customs).contains("N").contains("T").doesNotContain("{");
			if (!language.equals("en")) {
				assertThat(customs).as(language)
					.isNotEqualTo(this.texts.body("en", "X", "N", "C", "T", ShipmentStatus.IN_TRANSIT, subStatus, "u"));
			}
		}
	}

}
