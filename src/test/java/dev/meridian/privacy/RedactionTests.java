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

	@Test
	void findsAddressesWithSubdomainsAndAtTheEndOfASentence() {
		Redaction redaction = Redaction.of("Écrivez à jean-luc.picard+sav@mail.example.co.uk. Merci.");

		assertThat(redaction.values()).containsExactly("jean-luc.picard+sav@mail.example.co.uk");
	}

	/**
	 * Texts made to make a pattern try every position against the rest (no address, runs
	 * of dots, a thousand at-signs, ten thousand labels): each is read in one pass and
	 * gives no stack overflow; before, the first took minutes.
	 */
	@Test
	void hostileTextsAreReadAndKept() {
		for (String hostile : java.util.List.of("a".repeat(1_000_000), "a.".repeat(500_000), "a@".repeat(500_000),
				"x@" + "a.".repeat(500_000), "1 ".repeat(500_000), "AB12".repeat(250_000))) {
			Redaction redaction = Redaction.of(hostile);

			assertThat(redaction.restore(redaction.text())).isEqualTo(hostile);
		}
	}

}
