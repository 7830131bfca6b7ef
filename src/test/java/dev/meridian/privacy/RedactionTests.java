package dev.meridian.privacy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedactionTests {

	@Test
	void replacesPersonalValuesAndPutsThemBack() {
		String text = "Écrivez à marie@example.fr, IBAN DE89 3704 0044 0532 0130 00, carte 4111 1111 1111 1111, "
				+ "tél. +49 30 1234567, commande #10042 ou FR-10042.";

		Redaction redaction = Redaction.of(text);

		assertThat(redaction.text()).doesNotContain("marie@example.fr", "DE89", "4111", "1234567", "#10042",
				"FR-10042");
		assertThat(redaction.values()).hasSize(6);
		assertThat(redaction.restore(redaction.text())).isEqualTo(text);
	}

	@Test
	void leavesOrdinaryTextAndShortNumbersAlone() {
		String text = "J'ai commandé 3 écharpes le 12 mai pour 45 euros.";

		assertThat(Redaction.of(text).text()).isEqualTo(text);
	}

	@Test
	void restoresPlaceholdersWhateverCaseTheEngineReturns() {
		Redaction redaction = Redaction.of("mail: a@b.de");

		assertThat(redaction.restore("Mail: zzp0zz")).isEqualTo("Mail: a@b.de");
	}

}
