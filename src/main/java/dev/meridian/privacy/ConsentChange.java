package dev.meridian.privacy;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;

import dev.meridian.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * A decision to record. An agreement to a purpose that needs consent ({@code marketing})
 * must say which text the customer agreed to and in which language: consent is only worth
 * what can be shown of it.
 *
 * @param purpose what it is about
 * @param agreed true for agreed, false for refused
 * @param channel where the customer said it: one of {@link #CHANNELS}
 * @param text the consent text shown to the customer (required to agree to a purpose not
 * allowed by default)
 * @param language the BCP 47 tag of that text (required with a text)
 */
public record ConsentChange(Purpose purpose, boolean agreed, String channel, @Nullable String text,
		@Nullable String language) {

	/** Where a customer can give or refuse consent. */
	public static final Set<String> CHANNELS = Set.of("phone", "email", "chat", "messaging", "help-center", "in-person",
			"letter", "api");

	public static final int MAX_TEXT = 4000;

	public ConsentChange {
		if (!CHANNELS.contains(channel)) {
			throw new InvalidValueException("channel",
					"One of " + String.join(", ", CHANNELS.stream().sorted().toList()));
		}
		if (text != null && text.isBlank()) {
			text = null;
		}
		if (language != null && language.isBlank()) {
			language = null;
		}
		if (agreed && text == null && !purpose.allowedByDefault()) {
			throw new InvalidValueException("text", "Say which consent text the customer agreed to");
		}
		if (text != null && text.length() > MAX_TEXT) {
			throw new InvalidValueException("text", "At most " + MAX_TEXT + " characters");
		}
		if (text != null && (language == null || language.isBlank())) {
			throw new InvalidValueException("language", "Say which language the consent text is in (BCP 47)");
		}
		if (language != null) {
			try {
				language = new Locale.Builder().setLanguageTag(language.strip()).build().toLanguageTag();
			}
			catch (IllformedLocaleException ex) {
				throw new InvalidValueException("language", "Not a BCP 47 language tag: " + language);
			}
		}
	}

}
