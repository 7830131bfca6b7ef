package dev.meridian.language.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CodeWordsTests {

	@Test
	void wordsWithDigitsAreLeftOut() {
		assertThat(CodeWords.without("Hola, ¿dónde está mi paquete 3avay8hhb?"))
			.isEqualTo("Hola, ¿dónde está mi paquete ");
		assertThat(CodeWords.without("UPS wants $47.60 for order TW-4818902 now"))
			.isEqualTo("UPS wants  for order  now");
	}

	@Test
	void aTextOfCodesOnlyStaysAsItIs() {
		assertThat(CodeWords.without("TW-4818902 1Z999AA1")).isEqualTo("TW-4818902 1Z999AA1");
		assertThat(CodeWords.without("Danke schön")).isEqualTo("Danke schön");
	}

}
