package dev.meridian.knowledge.web;

import java.util.List;
import java.util.Optional;

import dev.meridian.DomainException;
import dev.meridian.knowledge.ConversationHit;
import dev.meridian.knowledge.ConversationSearch;
import dev.meridian.knowledge.SearchQuery;
import dev.meridian.tickets.Ticket;
import dev.meridian.tickets.TicketManagement;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The workspace's search box over tickets, messages and customers. */
@Controller
class ConversationSearchPageController {

	private final ConversationSearch search;

	private final TicketManagement tickets;

	private final MessageSource messages;

	ConversationSearchPageController(ConversationSearch search, TicketManagement tickets, MessageSource messages) {
		this.search = search;
		this.tickets = tickets;
		this.messages = messages;
	}

	/** A hit with its ticket. */
	record Result(ConversationHit hit, Ticket ticket) {
	}

	@GetMapping("/app/search")
	String search(@RequestParam(required = false) @Nullable String q, Model model) {
		model.addAttribute("q", q == null ? "" : q);
		List<Result> results = List.of();
		if (q != null && q.isBlank()) {
			model.addAttribute("problem", text("search.problem.empty"));
		}
		else if (q != null && q.strip().length() > SearchQuery.MAX_LENGTH) {
			model.addAttribute("problem", text("search.problem.tooLong"));
		}
		else if (q != null) {
			try {
				results = this.search.search(q, null, 30)
					.stream()
					.map(hit -> this.tickets.find(hit.ticket()).map(ticket -> new Result(hit, ticket)))
					.flatMap(Optional::stream)
					.toList();
			}
			catch (DomainException ex) {
				model.addAttribute("problem", ex.getMessage());
			}
		}
		model.addAttribute("results", results);
		return "knowledge/ticket-search";
	}

	private String text(String key) {
		return this.messages.getMessage(key, new Object[] { SearchQuery.MAX_LENGTH }, key,
				LocaleContextHolder.getLocale());
	}

}
