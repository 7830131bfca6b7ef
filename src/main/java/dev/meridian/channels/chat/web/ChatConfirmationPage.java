package dev.meridian.channels.chat.web;

import java.util.Locale;

import dev.meridian.channels.chat.ChatTexts;
import dev.meridian.channels.chat.offline.EmailContinuation;
import dev.meridian.markets.LanguageTag;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page the confirmation mail links to, in the visitor's language. Following the link
 * shows a button and changes nothing (a mail scanner that opens links confirms nothing);
 * pressing it joins the chat to the address's owner. Never shown in a frame.
 */
@Controller
class ChatConfirmationPage {

	private final EmailContinuation continuation;

	private final ChatTexts texts;

	ChatConfirmationPage(EmailContinuation continuation, ChatTexts texts) {
		this.continuation = continuation;
		this.texts = texts;
	}

	@GetMapping("/chat/confirm")
	String ask(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "en") String locale,
			Model model, HttpServletResponse response) {
		page(model, locale, response);
		model.addAttribute("token", token);
		return "chat/confirm";
	}

	@PostMapping("/chat/confirm")
	String confirm(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "en") String locale,
			Model model, HttpServletResponse response) {
		LanguageTag language = page(model, locale, response);
		EmailContinuation.Confirmation result = token.isBlank() || token.length() > 100
				? EmailContinuation.Confirmation.UNKNOWN : this.continuation.confirm(token);
		if (result == EmailContinuation.Confirmation.UNKNOWN) {
			response.setStatus(404);
		}
		else if (result == EmailContinuation.Confirmation.EXPIRED) {
			response.setStatus(410);
		}
		String key = switch (result) {
			case CONFIRMED -> "chat.confirm.confirmed";
			case ALREADY_CONFIRMED -> "chat.confirm.alreadyConfirmed";
			case EXPIRED -> "chat.confirm.expired";
			case UNKNOWN -> "chat.confirm.unknown";
		};
		model.addAttribute("result", this.texts.text(language, key));
		model.addAttribute("outcome", result.name().toLowerCase(Locale.ROOT));
		return "chat/confirm";
	}

	private LanguageTag page(Model model, String locale, HttpServletResponse response) {
		response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
		LanguageTag language;
		try {
			language = new LanguageTag(ChatTexts.languageFor(LanguageTag.parse("locale", locale)));
		}
		catch (RuntimeException ex) {
			language = new LanguageTag("en");
		}
		model.addAttribute("language", language.value());
		model.addAttribute("dir", ChatTexts.isRightToLeft(language) ? "rtl" : "ltr");
		model.addAttribute("title", this.texts.text(language, "chat.confirm.title"));
		model.addAttribute("question", this.texts.text(language, "chat.confirm.question"));
		model.addAttribute("button", this.texts.text(language, "chat.confirm.button"));
		return language;
	}

}
