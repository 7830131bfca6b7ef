package dev.meridian.knowledge.web;

import dev.meridian.knowledge.KnowledgeManagement;
import dev.meridian.knowledge.LocaleFallback;
import dev.meridian.markets.LanguageTag;
import dev.meridian.web.PageLocale;
import dev.meridian.web.SectionErrorPage;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Errors under {@code /help} in the help center's own layout and in the locale of the
 * address ({@code /help/ja/...} answers in Japanese), with a way back to its home. A
 * reader gets the help center's words only: a reason written for agents is not shown.
 */
@Component
class HelpCenterErrorPage implements SectionErrorPage {

	private final LocaleFallback fallback;

	private final KnowledgeManagement knowledge;

	HelpCenterErrorPage(LocaleFallback fallback, KnowledgeManagement knowledge) {
		this.fallback = fallback;
		this.knowledge = knowledge;
	}

	@Override
	public boolean serves(String path) {
		return path.equals("/help") || path.startsWith("/help/");
	}

	@Override
	public String render(String path, HttpStatus status, @Nullable String detail, HttpServletRequest request,
			Model model) {
		LanguageTag reader = reader(path);
		PageLocale.set(request, reader.locale());
		model.addAttribute("status", status.value());
		model.addAttribute("reader", reader);
		model.addAttribute("direction", HelpCenterController.direction(reader));
		model.addAttribute("locales", this.knowledge.helpLocales());
		model.addAttribute("q", "");
		return "knowledge/help-error";
	}

	/** The locale in the address, or the best one when it names none we can read. */
	private LanguageTag reader(String path) {
		String[] segments = path.split("/", 4);
		return this.fallback.readable(segments.length > 2 ? segments[2] : null);
	}

}
