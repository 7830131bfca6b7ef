package dev.meridian.language;

import java.util.List;
import java.util.UUID;

import dev.meridian.language.memory.ProtectedText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProtectedTextTests {

	static GlossaryTerm keep(String term) {
		return new GlossaryTerm(UUID.randomUUID(), "en", "*", term, null);
	}

	static GlossaryTerm prefer(String term, String replacement) {
		return new GlossaryTerm(UUID.randomUUID(), "en", "es", term, replacement);
	}

	@Test
	void brandNamesAreHiddenFromTheEngineAndPutBack() {
		ProtectedText text = ProtectedText.of("Your Acme Widget and the Acme app are ready.",
				List.of(keep("Acme"), keep("Acme Widget")));

		assertThat(text.text()).isEqualTo("Your ZZG0ZZ and the ZZG1ZZ app are ready.");
		assertThat(text.restore("Su ZZG0ZZ y la aplicación ZZG1ZZ están listos."))
			.isEqualTo("Su Acme Widget y la aplicación Acme están listos.");
	}

	@Test
	void preferredTermsReplaceWhatTheEngineWouldSay() {
		ProtectedText text = ProtectedText.of("Print the return label.",
				List.of(prefer("return label", "etiqueta de devolución")));

		assertThat(text.restore("Imprime el ZZG0ZZ.")).isEqualTo("Imprime el etiqueta de devolución.");
	}

	@Test
	void onlyWholeWordsAreProtectedAndUnknownWordMarksAreDropped() {
		ProtectedText text = ProtectedText.of("Acmes are not Acme.", List.of(keep("Acme")));

		assertThat(text.text()).isEqualTo("Acmes are not ZZG0ZZ.");
		assertThat(text.restore("Acmes no son *ZZG0ZZ.")).isEqualTo("Acmes no son Acme.");
	}

	@Test
	void aTextWithoutTermsIsUntouched() {
		ProtectedText text = ProtectedText.of("Hello", List.of(keep("Acme")));

		assertThat(text.text()).isEqualTo("Hello");
		assertThat(text.restore("Hola")).isEqualTo("Hola");
	}

}
