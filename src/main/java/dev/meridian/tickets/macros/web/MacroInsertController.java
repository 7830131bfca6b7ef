package dev.meridian.tickets.macros.web;

import java.util.List;
import java.util.UUID;

import dev.meridian.NotFoundException;
import dev.meridian.agents.Callers;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.Ticket;
import dev.meridian.tickets.TicketManagement;
import dev.meridian.tickets.macros.MacroManagement;
import dev.meridian.web.EnumValues;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reply box's macro search: typing lists the macros in the variant this ticket's
 * customer gets; choosing one renders it for the ticket (a use), adds its tags and
 * priority, and puts its text into the reply with its status preselected. Without
 * JavaScript the choice reloads the ticket with the text in the reply box.
 */
@Controller
@RequestMapping("/app/tickets/{number}/macros")
class MacroInsertController {

	private static final int SHOWN = 8;

	private final MacroManagement macros;

	private final TicketManagement tickets;

	MacroInsertController(MacroManagement macros, TicketManagement tickets) {
		this.macros = macros;
		this.tickets = tickets;
	}

	@GetMapping
	String search(@PathVariable long number, @RequestParam(defaultValue = "") String q, Model model) {
		Ticket ticket = byNumber(number);
		LanguageTag agentLanguage = new LanguageTag(LocaleContextHolder.getLocale().toLanguageTag());
		List<MacroManagement.Choice> choices = this.macros.listFor(ticket.id(), agentLanguage,
				q.length() > 200 ? q.substring(0, 200) : q);
		model.addAttribute("number", number);
		model.addAttribute("choices", choices.subList(0, Math.min(SHOWN, choices.size())));
		return "tickets/macros :: results";
	}

	@PostMapping("/{id}/insert")
	String insert(@PathVariable long number, @PathVariable UUID id,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
			RedirectAttributes redirect) {
		Ticket ticket = byNumber(number);
		MacroManagement.Rendered rendered = this.macros.render(id, ticket.id(), Callers.current());
		this.macros.applyAllButStatus(id, ticket.id(), Callers.current());
		String status = rendered.actions().status() == null ? "" : EnumValues.write(rendered.actions().status());
		if (htmx == null) {
			redirect.addFlashAttribute("draft", rendered.body());
			return "redirect:/app/tickets/" + number;
		}
		model.addAttribute("rendered", rendered);
		model.addAttribute("status", status);
		return "tickets/macros :: inserted";
	}

	private Ticket byNumber(long number) {
		return this.tickets.findByNumber(number).orElseThrow(() -> new NotFoundException("Ticket", number));
	}

}
