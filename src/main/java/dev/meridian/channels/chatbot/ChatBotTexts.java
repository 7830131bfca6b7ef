package dev.meridian.channels.chatbot;

import java.util.List;
import java.util.Locale;

import dev.meridian.markets.LanguageTag;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * What the bot says to chat visitors, from its bundle
 * ({@code bot/chat/chat_*.properties}). The bot speaks only the languages the bundle is
 * written in: in any other it stays silent and a person answers, rather than it switching
 * languages.
 */
@Component
class ChatBotTexts {

	/**
	 * The languages the bundle is written in (the chat widget's); English is the base
	 * file.
	 */
	static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "pt", "ja", "ar", "he", "fa");

	private final ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();

	ChatBotTexts() {
		this.bundle.setBasename("bot/chat/chat");
		this.bundle.setDefaultEncoding("UTF-8");
		this.bundle.setFallbackToSystemLocale(false);
		this.bundle.setAlwaysUseMessageFormat(true);
	}

	boolean speaks(LanguageTag language) {
		return LANGUAGES.contains(language.language().toLowerCase(Locale.ROOT));
	}

	String text(LanguageTag language, String key, Object... arguments) {
		if (!speaks(language)) {
			throw new IllegalArgumentException("The bot does not speak " + language.value());
		}
		return this.bundle.getMessage("bot.chat." + key, arguments, Locale.forLanguageTag(language.language()));
	}

}
