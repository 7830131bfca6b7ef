package dev.meridian.channels.chat.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import dev.meridian.InvalidValueException;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

/**
 * How one market's widget looks and behaves.
 *
 * @param market the market (ISO 3166-1 alpha-2), or {@value #DEFAULT} for markets without
 * settings of their own
 * @param enabled whether the widget shows at all on the market's shop
 * @param colour the launcher's and header's colour ({@code #rrggbb}); white text must be
 * readable on it
 * @param greetings the first words of the panel per language (BCP 47 tag to text); a
 * language without one gets the chat's own greeting
 * @param allowedOrigins the shop's sites that may embed the widget and call the chat
 * ({@code https://shop.example}, {@code https://*.shop.example},
 * {@code http://localhost:[*]}), besides the ones configured for all markets
 * @param languages the languages the widget offers, first the default; none: every
 * language
 * @param preChat the questions asked before the first message
 * @param bot when the bot answers the market's visitors
 */
public record WidgetSettings(String market, boolean enabled, String colour, Map<String, String> greetings,
		List<String> allowedOrigins, List<String> languages, PreChatForm preChat, BotMode bot) {

	public static final String DEFAULT = "*";

	public static final String DEFAULT_COLOUR = "#1d4ed8";

	static final int MAX_GREETING_CHARS = 500;

	private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

	private static final Pattern ORIGIN = Pattern.compile(
			"https?://(\\*\\.)?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?::(?:\\d{1,5}|\\[\\*\\]))?");

	/** Contrast of white text on the colour, as WCAG 2 asks of normal text. */
	static final double MIN_CONTRAST = 4.5;

	public WidgetSettings {
		if (!DEFAULT.equals(market) && !market.matches("[A-Z]{2}")) {
			throw new InvalidValueException("market", "A market is a country code such as DE");
		}
		if (!COLOUR.matcher(colour).matches()) {
			throw new InvalidValueException("colour", "A colour is written #rrggbb");
		}
		colour = colour.toLowerCase(Locale.ROOT);
		if (contrastWithWhite(colour) < MIN_CONTRAST) {
			throw new InvalidValueException("colour",
					"White text is hard to read on this colour (contrast below 4.5:1): choose a darker one");
		}
		Map<String, String> checked = new LinkedHashMap<>();
		greetings.forEach((tag, text) -> {
			if (text == null || text.isBlank()) {
				return;
			}
			String language = LanguageTag.parse("greetings", tag).value();
			if (text.strip().codePointCount(0, text.strip().length()) > MAX_GREETING_CHARS) {
				throw new InvalidValueException("greetings",
						"A greeting has at most " + MAX_GREETING_CHARS + " characters");
			}
			checked.put(language, text.strip());
		});
		greetings = Map.copyOf(checked);
		allowedOrigins = allowedOrigins.stream().map(String::strip).filter(o -> !o.isEmpty()).distinct().toList();
		for (String origin : allowedOrigins) {
			if (!ORIGIN.matcher(origin).matches()) {
				throw new InvalidValueException("allowedOrigins",
						"An origin is a scheme and host with an optional port, no path: https://shop.example");
			}
		}
		languages = languages.stream()
			.map(String::strip)
			.filter(l -> !l.isEmpty())
			.map(l -> LanguageTag.parse("languages", l).value())
			.distinct()
			.toList();
	}

	/** Settings with the default bot mode (only while nobody is on shift). */
	public WidgetSettings(String market, boolean enabled, String colour, Map<String, String> greetings,
			List<String> allowedOrigins, List<String> languages, PreChatForm preChat) {
		this(market, enabled, colour, greetings, allowedOrigins, languages, preChat, BotMode.DEFAULT);
	}

	public static WidgetSettings defaults(String market) {
		return new WidgetSettings(market, true, DEFAULT_COLOUR, Map.of(), List.of(), List.of(), PreChatForm.NONE);
	}

	/** The same settings with another bot mode. */
	public WidgetSettings withBot(BotMode mode) {
		return new WidgetSettings(this.market, this.enabled, this.colour, this.greetings, this.allowedOrigins,
				this.languages, this.preChat, mode);
	}

	/** The greeting for a visitor: their exact language's, else their base language's. */
	public @Nullable String greetingFor(LanguageTag visitor) {
		String exact = this.greetings.get(visitor.value());
		return exact != null ? exact : this.greetings.get(visitor.language());
	}

	/**
	 * The language the widget speaks with a visitor: theirs when the market offers it (or
	 * offers every language), else the first one it offers.
	 */
	public LanguageTag offer(LanguageTag visitor) {
		if (this.languages.isEmpty()) {
			return visitor;
		}
		for (String offered : this.languages) {
			if (offered.equalsIgnoreCase(visitor.value())) {
				return visitor;
			}
		}
		for (String offered : this.languages) {
			if (new LanguageTag(offered).language().equalsIgnoreCase(visitor.language())) {
				return visitor;
			}
		}
		return new LanguageTag(this.languages.get(0));
	}

	/** WCAG 2 contrast ratio of white against {@code #rrggbb}. */
	static double contrastWithWhite(String colour) {
		int rgb = Integer.parseInt(colour.substring(1), 16);
		double luminance = 0.2126 * linear((rgb >> 16) & 0xff) + 0.7152 * linear((rgb >> 8) & 0xff)
				+ 0.0722 * linear(rgb & 0xff);
		return 1.05 / (luminance + 0.05);
	}

	private static double linear(int channel) {
		double c = channel / 255.0;
		return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

}
