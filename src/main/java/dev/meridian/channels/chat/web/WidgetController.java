package dev.meridian.channels.chat.web;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import dev.meridian.channels.chat.ChatAvailability;
import dev.meridian.channels.chat.ChatTexts;
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

	WidgetController(ChatTexts texts, ChatAvailability availability) {
		this.texts = texts;
		this.availability = availability;
	}

	/**
	 * The widget's settings.
	 *
	 * @param dir {@code rtl} or {@code ltr}
	 */
	record Widget(String language, String dir, Map<String, String> texts, Availability availability) {
	}

	record Availability(boolean staffed, @Nullable Instant answerBy, String text) {
	}

	@GetMapping("/chat/v1/widget")
	ResponseEntity<Widget> widget(@RequestParam(required = false) @Nullable String locale,
			@RequestParam(required = false) @Nullable String zone, HttpServletRequest request) {
		LanguageTag language = locale != null && !locale.isBlank() ? LanguageTag.parse("locale", locale)
				: ChatApiController.browserLanguage(request);
		ChatAvailability.Availability now = this.availability.forVisitor(language, zoneOf(zone));
		String written = ChatTexts.languageFor(language);
		return ResponseEntity.ok()
			// Shifts change by the hour: a minute's cache spares the server a page's
			// every
			// load.
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePrivate())
			.body(new Widget(written, ChatTexts.isRightToLeft(new LanguageTag(written)) ? "rtl" : "ltr",
					this.texts.widgetTexts(language), new Availability(now.staffed(), now.answerBy(), now.text())));
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
