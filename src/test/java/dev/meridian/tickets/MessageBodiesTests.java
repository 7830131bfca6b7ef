package dev.meridian.tickets;

import dev.meridian.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageBodiesTests {

	@Test
	void keepsTextExactlyAndEscapesItsHtml() {
		String text = "Größe <M> & \"L\"\n\nمرحبا 😊";

		MessageBodies.Body body = MessageBodies.of("body", text, null);

		assertThat(body.text()).isEqualTo(text);
		assertThat(body.html()).isEqualTo("<p>Größe &lt;M&gt; &amp; &#34;L&#34;</p><p>مرحبا 😊</p>");
	}

	@Test
	void removesScriptsAndEventHandlersFromHtml() {
		MessageBodies.Body body = MessageBodies.of("body", null,
				"<p onclick=\"steal()\">Hi <b>there</b><script>alert(1)</script><img src=x onerror=alert(2)></p>");

		assertThat(body.html()).doesNotContain("script", "onclick", "onerror", "alert");
		assertThat(body.html()).contains("<b>there</b>");
	}

	@Test
	void derivesTextFromHtmlWithParagraphBreaks() {
		MessageBodies.Body body = MessageBodies.of("body", null,
				"<p>Bonjour&nbsp;Madame,</p><p>Merci &amp; à bientôt</p>");

		assertThat(body.text()).isEqualTo("Bonjour Madame,\n\nMerci & à bientôt");
	}

	@Test
	void refusesNulCharacters() {
		assertThatThrownBy(() -> MessageBodies.of("message.body", "a\u0000b", null))
			.isInstanceOf(InvalidValueException.class)
			.hasMessageContaining("NUL");
	}

	@Test
	void refusesUnpairedSurrogates() {
		assertThatThrownBy(() -> MessageBodies.requireStorable("subject", "broken \uD83D end"))
			.isInstanceOf(InvalidValueException.class)
			.hasMessageContaining("surrogate");
	}

	@Test
	void refusesEmptyBodies() {
		assertThatThrownBy(() -> MessageBodies.of("message.body", "  ", null))
			.isInstanceOf(InvalidValueException.class);
	}

}
