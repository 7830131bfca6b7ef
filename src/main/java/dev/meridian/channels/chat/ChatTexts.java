package dev.meridian.channels.chat;

import java.util.List;
import java.util.Locale;

import dev.meridian.markets.LanguageTag;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * What the chat says to visitors, from its own bundle ({@code chat/chat_*.properties}),
 * in the visitor's language when the bundle has it, else English. Right-to-left languages
 * are among them: the widget lays itself out from {@link #isRightToLeft}.
 */
@Component
public class ChatTexts {

	/** The languages the bundle is written in; English is the bundle's base file. */
	public static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "pt", "ja", "ar", "he", "fa");

	private static final List<String> WIDGET_KEYS = List.of("title", "open", "close", "greeting", "placeholder", "send",
			"machineTranslated", "showOriginal", "hideOriginal", "you", "team", "emailLabel", "emailSave", "emailSaved",
			"failed", "log",
			// i13-offline: pre-chat form, continuing by email, end of chat, transcript
			"prechatIntro", "nameLabel", "orderLabel", "optional", "required", "start", "offlinePrompt",
			"emailConfirmSent", "end", "ended", "transcript", "transcriptSent");

	private static final List<String> RIGHT_TO_LEFT = List.of("ar", "he", "fa", "ur");

	/** The live transport's words (i13-live): agent typing and read state. */
	private static final List<String> LIVE_WIDGET_KEYS = List.of("typing", "read",
			// i13-rest: files both ways
			"attach", "download", "fileTooLarge",
			// i14-chatbot: the bot's answers, their rating and the way to a person
			"bot", "helpful", "yes", "no", "person", "rated");

	private final ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();

	public ChatTexts() {
		this.bundle.setBasename("chat/chat");
		this.bundle.setDefaultEncoding("UTF-8");
		this.bundle.setFallbackToSystemLocale(false);
		this.bundle.setAlwaysUseMessageFormat(true);
	}

	/** The bundle's language for a visitor: theirs when written, else English. */
	public static String languageFor(LanguageTag visitor) {
		String language = visitor.language().toLowerCase(Locale.ROOT);
		return LANGUAGES.contains(language) ? language : "en";
	}

	public static boolean isRightToLeft(LanguageTag visitor) {
		return RIGHT_TO_LEFT.contains(visitor.language().toLowerCase(Locale.ROOT));
	}

	/** The widget's own words (labels, greeting), by key without the prefix. */
	public java.util.Map<String, String> widgetTexts(LanguageTag visitor) {
		java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
		for (String key : java.util.stream.Stream.concat(WIDGET_KEYS.stream(), LIVE_WIDGET_KEYS.stream()).toList()) {
			texts.put(key, text(visitor, "chat.widget." + key));
		}
		return texts;
	}

	public String text(LanguageTag visitor, String key, Object... arguments) {
		return this.bundle.getMessage(key, arguments, Locale.forLanguageTag(languageFor(visitor)));
	}

}
