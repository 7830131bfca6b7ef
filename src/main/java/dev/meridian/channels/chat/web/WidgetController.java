package dev.meridian.channels.chat.web;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.meridian.channels.chat.ChatAutomation;
import dev.meridian.channels.chat.ChatAvailability;
import dev.meridian.channels.chat.ChatTexts;
import dev.meridian.channels.chat.settings.ShopSettings;
import dev.meridian.channels.chat.settings.WidgetSettings;
import dev.meridian.markets.LanguageTag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the widget needs before the visitor writes: its words in the visitor's language,
 * the direction to lay out in, and whether someone who reads that language is on shift
 * (else when a person can answer, on the visitor's clock).
 */
@RestController
class WidgetController {

	private final ChatTexts texts;

	private final ChatAvailability availability;

	private final ShopSettings shops;

	private final ChatAutomation automation;

	WidgetController(ChatTexts texts, ChatAvailability availability, ShopSettings shops, ChatAutomation automation) {
		this.automation = automation;
		this.texts = texts;
		this.availability = availability;
		this.shops = shops;
	}

	/**
	 * The widget's settings.
	 *
	 * @param dir {@code rtl} or {@code ltr}
	 * @param market the market whose settings apply ({@code *}: the default settings)
	 * @param enabled whether the widget shows at all
	 * @param colour the launcher's and header's colour
	 * @param greeting the panel's first words (also in {@code texts.greeting})
	 * @param languages the languages the market offers; empty: any
	 * @param preChat for each field of the pre-chat form: {@code off}, {@code optional}
	 * or {@code required}
	 * @param bot whether the bot answers first now (the widget then shows "Talk to a
	 * person")
	 */
	record Widget(String language, String dir, Map<String, String> texts, Availability availability, String market,
			boolean enabled, String colour, String greeting, List<String> languages, PreChatFields preChat,
			boolean bot) {
	}

	record PreChatFields(String name, String email, String orderNumber) {
	}

	record Availability(boolean staffed, @Nullable Instant answerBy, String text) {
	}

	@GetMapping("/chat/v1/widget")
	ResponseEntity<Widget> widget(@RequestParam(required = false) @Nullable String locale,
			@RequestParam(required = false) @Nullable String zone,
			@RequestParam(required = false) @Nullable String market, HttpServletRequest request) {
		WidgetSettings shop = this.shops.forMarket(market);
		LanguageTag language = shop.offer(locale != null && !locale.isBlank() ? LanguageTag.parse("locale", locale)
				: ChatApiController.browserLanguage(request));
		ChatAvailability.Availability now = this.availability.forVisitor(language, zoneOf(zone));
		String written = ChatTexts.languageFor(language);
		Map<String, String> words = new LinkedHashMap<>(this.texts.widgetTexts(language));
		String greeting = shop.greetingFor(language);
		if (greeting != null) {
			words.put("greeting", greeting);
		}
		return ResponseEntity.ok()
			// Shifts change by the hour: a minute's cache spares the server a page's
			// every
			// load.
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePrivate())
			.body(new Widget(written, ChatTexts.isRightToLeft(new LanguageTag(written)) ? "rtl" : "ltr", words,
					new Availability(now.staffed(), now.answerBy(), now.text()), shop.market(), shop.enabled(),
					shop.colour(), words.get("greeting"), shop.languages(),
					new PreChatFields(shop.preChat().name().value(), shop.preChat().email().value(),
							shop.preChat().order().value()),
					this.automation.answersNow(language, zoneOf(zone), shop.market())));
	}

	/** The visitor's zone as their browser names it; a zone we cannot read is UTC. */
	private static @Nullable ZoneId zoneOf(@Nullable String zone) {
		if (zone == null || zone.isBlank() || zone.length() > 64) {
			return null;
		}
		try {
			return ZoneId.of(zone.strip());
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
