package dev.meridian.channels.chat.settings;

import java.util.Arrays;
import java.util.Locale;

import dev.meridian.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * When the chat's bot answers a market's visitors: never, always first (a person takes
 * over on a hand-off), or only while nobody who reads the visitor's language is on shift.
 */
public enum BotMode {

	OFF, ALWAYS, UNSTAFFED;

	/**
	 * The default for a market without settings: off, until the shop has checked what its
	 * help center would answer and turns it on (usually {@code unstaffed}).
	 */
	public static final BotMode DEFAULT = OFF;

	/**
	 * The name in forms and the database: {@code off}, {@code always}, {@code unstaffed}.
	 */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** A blank value is the default (a form that does not ask). */
	public static BotMode parse(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return DEFAULT;
		}
		return Arrays.stream(values())
			.filter(mode -> mode.value().equals(value.strip().toLowerCase(Locale.ROOT)))
			.findFirst()
			.orElseThrow(() -> new InvalidValueException(field, "The bot is off, always or unstaffed"));
	}

	/**
	 * Whether the bot answers now, knowing whether a person who reads the visitor is on
	 * shift.
	 */
	public boolean answersWhen(boolean staffed) {
		return this == ALWAYS || (this == UNSTAFFED && !staffed);
	}

}
