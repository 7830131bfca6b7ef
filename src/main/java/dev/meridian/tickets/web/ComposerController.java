package dev.meridian.tickets.web;

import java.util.List;
import java.util.UUID;

import dev.meridian.DomainException;
import dev.meridian.NotFoundException;
import dev.meridian.agents.Actor;
import dev.meridian.agents.Callers;
import dev.meridian.language.Detection;
import dev.meridian.language.DetectionHints;
import dev.meridian.language.LanguageDetection;
import dev.meridian.language.PlainLanguage;
import dev.meridian.language.Translation;
import dev.meridian.language.TranslationUnavailableException;
import dev.meridian.language.UnsupportedLanguagePairException;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.Author;
import dev.meridian.tickets.Message;
import dev.meridian.tickets.ReplyTranslation;
import dev.meridian.tickets.Status;
import dev.meridian.tickets.Ticket;
import dev.meridian.tickets.TicketChanges;
import dev.meridian.tickets.TicketManagement;
import dev.meridian.web.EnumValues;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ticket screen's language aids: a customer's message translated on demand, the
 * composer's preview (the reply in the customer's language, translated back, and
 * plain-language suggestions), and sending a reply translated.
 */
@Controller
@RequestMapping("/app/tickets/{number}")
class ComposerController {

	private final TicketManagement tickets;

	private final ConversationTranslations translations;

	private final ReplyTranslation replies;

	private final PlainLanguage plainLanguage;

	private final MessageSource messages;

	private final Translation translation;

	private final LanguageDetection detection;

	ComposerController(TicketManagement tickets, ConversationTranslations translations, ReplyTranslation replies,
			PlainLanguage plainLanguage, MessageSource messages, Translation translation, LanguageDetection detection) {
		this.translation = translation;
		this.detection = detection;
		this.tickets = tickets;
		this.translations = translations;
		this.replies = replies;
		this.plainLanguage = plainLanguage;
		this.messages = messages;
	}

	@GetMapping("/messages/{id}/translation")
	String translation(@PathVariable long number, @PathVariable UUID id, Model model) {
		Ticket ticket = byNumber(number);
		Message message = this.tickets.messages(ticket.id())
			.stream()
			.filter(m -> m.id().value().equals(id))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Message", id));
		model.addAttribute("t", this.translations.translate(message));
		model.addAttribute("message", message);
		model.addAttribute("number", number);
		return "language/message-translation :: panel";
	}

	/** An agent's better translation: shown, and returned by the memory, from now on. */
	@PostMapping("/messages/{id}/translation")
	String correct(@PathVariable long number, @PathVariable UUID id, @RequestParam String to,
			@RequestParam String translation, RedirectAttributes redirect) {
		try {
			Ticket ticket = byNumber(number);
			Message message = this.tickets.messages(ticket.id())
				.stream()
				.filter(m -> m.id().value().equals(id))
				.findFirst()
				.orElseThrow(() -> new NotFoundException("Message", id));
			this.translation.correct(message.text(), message.language(), LanguageTag.parse("to", to), translation,
					Callers.current().agentId().map(agent -> agent.value()).orElse(null));
			redirect.addFlashAttribute("notice", text("language.correct.saved", null));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", text("problem." + ex.type(), ex.getMessage()));
		}
		return "redirect:/app/tickets/" + number;
	}

	@PostMapping("/compose/preview")
	String preview(@PathVariable long number, @RequestParam(defaultValue = "") String body, Model model) {
		Ticket ticket = byNumber(number);
		ConversationTranslations.Composer composer = this.translations.composer(ticket.language().value());
		model.addAttribute("composer", composer);
		if (body.isBlank()) {
			return "language/composer :: preview";
		}
		try {
			model.addAttribute("plain", this.plainLanguage.check(body, draftLanguage(body, composer)));
		}
		catch (DomainException ex) {
			model.addAttribute("plainProblem", ex.getMessage());
		}
		if (composer.offersTranslation()) {
			try {
				model.addAttribute("preview", this.replies.preview(ticket.id(), body, composer.agentLanguage()));
			}
			catch (UnsupportedLanguagePairException | TranslationUnavailableException ex) {
				model.addAttribute("translationProblem", text("problem." + ex.type(), ex.getMessage()));
			}
			catch (DomainException ex) {
				model.addAttribute("translationProblem", ex.getMessage());
			}
		}
		return "language/composer :: preview";
	}

	@PostMapping("/reply/translated")
	String replyTranslated(@PathVariable long number, @RequestParam String body, @RequestParam String writtenIn,
			@RequestParam(required = false) @Nullable String status, RedirectAttributes redirect) {
		try {
			Actor actor = Callers.current();
			Ticket ticket = byNumber(number);
			this.replies.reply(ticket.id(), actor.agentId().map(Author::agent).orElse(Author.system()), body,
					LanguageTag.parse("writtenIn", writtenIn));
			if (status != null && !status.isBlank()) {
				this.tickets.update(ticket.id(),
						TicketChanges.none().withStatus(EnumValues.parse("status", status, Status.class)), actor);
			}
			redirect.addFlashAttribute("notice", text("language.reply.sentTranslated", null));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", text("problem." + ex.type(), ex.getMessage()));
			redirect.addFlashAttribute("draft", body);
		}
		return "redirect:/app/tickets/" + number;
	}

	/**
	 * The language the draft is written in: the agent's, unless it clearly reads as
	 * another (an agent may answer in the customer's language directly).
	 */
	private LanguageTag draftLanguage(String body, ConversationTranslations.Composer composer) {
		Detection detected = this.detection.detect(body,
				new DetectionHints(composer.agentLanguage(), null, List.of(), List.of(composer.customerLanguage())));
		return detected.language().isUndetermined() ? composer.agentLanguage() : detected.language();
	}

	private Ticket byNumber(long number) {
		return this.tickets.findByNumber(number).orElseThrow(() -> new NotFoundException("Ticket", "#" + number));
	}

	private String text(String key, @Nullable String fallback) {
		return this.messages.getMessage(key, null, fallback == null ? key : fallback, LocaleContextHolder.getLocale());
	}

}
