package dev.meridian.knowledge.web;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.meridian.DomainException;
import dev.meridian.EmailAddresses;
import dev.meridian.knowledge.KnowledgeManagement;
import dev.meridian.knowledge.LocaleFallback;
import dev.meridian.knowledge.contact.HelpContact;
import dev.meridian.knowledge.contact.HelpPrivacy;
import dev.meridian.markets.LanguageTag;
import dev.meridian.privacy.Purpose;
import dev.meridian.web.PageLocale;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The help center's privacy page at {@code /help/{locale}/privacy}: the privacy notice in
 * the reader's language, and the form where a reader asks for their data, its erasure, or
 * changes their consents. The request waits for its address to be confirmed by the link
 * mailed to it; like the contact confirmation, the link shows a button, so a GET changes
 * nothing.
 */
@Controller
class HelpPrivacyController {

	private final HelpPrivacy privacy;

	private final KnowledgeManagement knowledge;

	private final LocaleFallback fallback;

	HelpPrivacyController(HelpPrivacy privacy, KnowledgeManagement knowledge, LocaleFallback fallback) {
		this.privacy = privacy;
		this.knowledge = knowledge;
		this.fallback = fallback;
	}

	/** A purpose as the form shows it: its name and the consent text beside it. */
	record ConsentOption(String purpose, String text) {
	}

	@GetMapping("/help/{locale}/privacy")
	String notice(@PathVariable String locale, HttpServletRequest request, Model model) {
		LanguageTag reader = this.fallback.readable(locale);
		if (!reader.value().equals(locale)) {
			return "redirect:/help/" + reader.value() + "/privacy";
		}
		page(request, model, reader);
		return "knowledge/help-privacy";
	}

	@PostMapping("/help/{locale}/privacy")
	String ask(@PathVariable String locale, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "") String ask, @RequestParam Map<String, String> form,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		LanguageTag reader = this.fallback.readable(locale);
		page(request, model, reader);
		model.addAttribute("email", email);
		model.addAttribute("ask", ask);
		HelpPrivacy.Ask asked = Arrays.stream(HelpPrivacy.Ask.values())
			.filter(a -> a.value().equals(ask))
			.findFirst()
			.orElse(null);
		if (email.isBlank() || asked == null) {
			return problem(response, 400, "help.privacy.required", model);
		}
		Map<Purpose, Boolean> consents = new LinkedHashMap<>();
		for (Purpose purpose : Purpose.values()) {
			String choice = form.getOrDefault("consent." + purpose.value(), "");
			if (choice.equals("agree") || choice.equals("refuse")) {
				consents.put(purpose, choice.equals("agree"));
			}
		}
		HelpPrivacy.Outcome outcome;
		try {
			outcome = this.privacy.submit(new HelpPrivacy.Request(EmailAddresses.normalize("email", email), asked,
					asked == HelpPrivacy.Ask.CONSENTS ? consents : Map.of(), reader,
					HelpCenterController.market(reader), request.getRemoteAddr()));
		}
		catch (DomainException ex) {
			return problem(response, 400, "help.contact.invalid", model);
		}
		return switch (outcome) {
			case RATE_LIMITED -> problem(response, 429, "help.contact.rateLimited", model);
			case NOTHING_CHOSEN -> problem(response, 400, "help.privacy.nothingChosen", model);
			case SENT -> {
				model.addAttribute("sent", true);
				yield "knowledge/help-privacy";
			}
		};
	}

	@GetMapping("/help/{locale}/privacy/confirm")
	String confirmation(@PathVariable String locale, @RequestParam(defaultValue = "") String token,
			HttpServletRequest request, Model model) {
		LanguageTag reader = this.fallback.readable(locale);
		page(request, model, reader);
		model.addAttribute("token", token);
		return "knowledge/help-privacy-confirm";
	}

	@PostMapping("/help/{locale}/privacy/confirm")
	String confirm(@PathVariable String locale, @RequestParam(defaultValue = "") String token,
			@RequestParam(defaultValue = "") String zone, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		LanguageTag reader = this.fallback.readable(locale);
		page(request, model, reader);
		HelpPrivacy.Confirmed result = token.isBlank() || token.length() > 100
				? new HelpPrivacy.Confirmed(HelpContact.Confirmation.UNKNOWN, null, null) : this.privacy.confirm(token);
		switch (result.status()) {
			case UNKNOWN -> response.setStatus(404);
			case EXPIRED -> response.setStatus(410);
			default -> {
			}
		}
		String key = result.status() == HelpContact.Confirmation.CONFIRMED && result.ask() != null
				? "help.privacy.confirmed." + result.ask().value() : "help.privacy.confirm." + result.status().name();
		model.addAttribute("result", key);
		if (result.dueAt() != null) {
			ZoneId shown = zone(zone);
			model.addAttribute("due",
					DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
						.withLocale(reader.locale())
						.format(result.dueAt().atZone(shown)));
			model.addAttribute("dueZone", shown.getDisplayName(java.time.format.TextStyle.FULL, reader.locale()));
		}
		return "knowledge/help-privacy-confirm";
	}

	private String problem(HttpServletResponse response, int status, String key, Model model) {
		response.setStatus(status);
		model.addAttribute("problem", key);
		return "knowledge/help-privacy";
	}

	private void page(HttpServletRequest request, Model model, LanguageTag reader) {
		PageLocale.set(request, reader.locale());
		model.addAttribute("reader", reader);
		model.addAttribute("direction", HelpCenterController.direction(reader));
		model.addAttribute("locales", this.knowledge.helpLocales());
		List<ConsentOption> options = Arrays.stream(Purpose.values())
			.map(purpose -> new ConsentOption(purpose.value(), this.privacy.consentText(purpose, reader)))
			.toList();
		model.addAttribute("consentOptions", options);
	}

	/** The reader's zone as their browser named it; UTC, said so, when it did not. */
	private static ZoneId zone(String zone) {
		if (zone.isBlank()) {
			return ZoneOffset.UTC;
		}
		try {
			return ZoneId.of(zone.strip());
		}
		catch (DateTimeException ex) {
			return ZoneOffset.UTC;
		}
	}

}
