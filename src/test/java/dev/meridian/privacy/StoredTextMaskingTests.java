package dev.meridian.privacy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StoredTextMaskingTests {

	@Test
	void masksLuhnValidCardNumbersAndTheSecurityCodeNextToThem() {
		assertThat(StoredTextMasking.mask("Ma carte 4111 1111 1111 1111, CVV 123, merci"))
			.isEqualTo("Ma carte **** **** **** 1111, CVV ***, merci");
	}

	@Test
	void leavesNumbersThatAreNoCardAlone() {
		String text = "Commande 1234567890123 du 12 mai, code 123";
		assertThat(StoredTextMasking.mask(text)).isEqualTo(text);
	}

	@Test
	void masksNationalIdNumbers() {
		assertThat(StoredTextMasking.mask("NIR 1 85 05 78 006 084 36, DNI 12345678Z, SSN 078-05-1120"))
			.isEqualTo("NIR [id], DNI [id], SSN [id]");
	}

	@Test
	void luhnAcceptsValidAndRefusesChangedNumbers() {
		assertThat(StoredTextMasking.luhn("4111111111111111")).isTrue();
		assertThat(StoredTextMasking.luhn("4111111111111112")).isFalse();
	}

}
