package dev.meridian.channels.chat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every language of the chat's bundle says everything the English one does, no more. */
class ChatBundlesTests {

	@Test
	void everyLanguageHasTheSameKeys() throws IOException {
		Properties english = load("chat/chat.properties");
		for (String language : ChatTexts.LANGUAGES) {
			if (language.equals("en")) {
				continue;
			}
			Properties other = load("chat/chat_" + language + ".properties");
			assertThat(other.stringPropertyNames()).as(language)
				.containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		}
	}

	@Test
	void theWidgetTextsAreAllWritten() {
		ChatTexts texts = new ChatTexts();
		for (String language : ChatTexts.LANGUAGES) {
			texts.widgetTexts(new dev.meridian.markets.LanguageTag(language))
				.forEach((key, text) -> assertThat(text).as(language + " " + key).doesNotStartWith("chat.widget"));
		}
	}

	private static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = ChatBundlesTests.class.getClassLoader().getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
