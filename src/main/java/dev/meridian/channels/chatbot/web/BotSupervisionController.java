package dev.meridian.channels.chatbot.web;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.meridian.InvalidValueException;
import dev.meridian.channels.chatbot.BotSupervision;
import dev.meridian.channels.chatbot.BotThresholds;
import dev.meridian.channels.chatbot.ConversationOutcome;
import dev.meridian.knowledge.Article;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The bot's supervision screen ({@code /app/bot}, supervisors and admins): conversations
 * by outcome per language and market over the last days, and the questions it could not
 * answer, each with a button that drafts the article for it.
 */
@Controller
@RequestMapping("/app/bot")
class BotSupervisionController {

	private final BotSupervision supervision;

	private final BotThresholds thresholds;

	private final Clock clock;

	BotSupervisionController(BotSupervision supervision, BotThresholds thresholds, Clock clock) {
		this.supervision = supervision;
		this.thresholds = thresholds;
		this.clock = clock;
	}

	/** One row of the outcome table: a language and market, conversations per outcome. */
	record Row(String language, String market, Map<String, Long> byOutcome) {
	}

	@GetMapping
	String page(@RequestParam(defaultValue = "30") int days, Model model) {
		int window = Math.max(1, Math.min(days, 366));
		var since = this.clock.instant().minus(Duration.ofDays(window));
		Map<String, Row> rows = new LinkedHashMap<>();
		for (BotSupervision.OutcomeCount count : this.supervision.outcomes(since)) {
			String market = count.market() == null ? "" : count.market();
			rows.computeIfAbsent(count.language() + "|" + market,
					key -> new Row(count.language(), market, new LinkedHashMap<>()))
				.byOutcome()
				.put(count.outcome(), count.conversations());
		}
		model.addAttribute("days", window);
		model.addAttribute("outcomes",
				List.of(ConversationOutcome.values()).stream().map(ConversationOutcome::value).toList());
		model.addAttribute("rows", List.copyOf(rows.values()));
		model.addAttribute("unanswered", this.supervision.unanswered(since, 50));
		model.addAttribute("standardThreshold", this.thresholds.standard());
		model.addAttribute("thresholds", this.thresholds.all());
		return "bot/supervision";
	}

	/**
	 * Sets a market's own confidence threshold; an empty one returns the market to the
	 * standard threshold.
	 */
	@PostMapping("/thresholds")
	String threshold(@RequestParam String market, @RequestParam(defaultValue = "") String threshold) {
		// A country code the form did not offer, or no number: a bad request, told as
		// such.
		CountryCode code = CountryCode.parse("market", market);
		Double value;
		try {
			value = threshold.isBlank() ? null : Double.valueOf(threshold.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			throw new InvalidValueException("threshold", "A confidence threshold is a number between 0 and 1");
		}
		this.thresholds.set(code, value);
		return "redirect:/app/bot#thresholds";
	}

	/** Drafts an article for an unanswered question and opens it in the editor. */
	@PostMapping("/articles")
	String draft(@RequestParam String question, @RequestParam String language) {
		LanguageTag locale = LanguageTag.parse("language", language);
		Article article = this.supervision.draftFor(question, locale);
		return "redirect:/app/knowledge/articles/" + article.id().value() + "/translations/" + locale.value();
	}

}
