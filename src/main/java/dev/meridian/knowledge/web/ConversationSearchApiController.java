package dev.meridian.knowledge.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.meridian.knowledge.ConversationHit;
import dev.meridian.knowledge.ConversationSearch;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.Ticket;
import dev.meridian.tickets.TicketManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Agents' search over tickets, messages and customers. */
@RestController
@Tag(name = "Search")
class ConversationSearchApiController {

	private final ConversationSearch search;

	private final TicketManagement tickets;

	ConversationSearchApiController(ConversationSearch search, TicketManagement tickets) {
		this.search = search;
		this.tickets = tickets;
	}

	@GetMapping("/api/v1/search/tickets")
	@Operation(summary = "Search tickets by subject, message text and customer name or email",
			description = "`language` is the query's language: words are also translated for tickets in other languages.")
	Map<String, Object> search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String language, @RequestParam(defaultValue = "20") int limit) {
		LanguageTag tag = language == null || language.isBlank() ? null : LanguageTag.parse("language", language);
		return Map.of("results",
				this.search.search(q == null ? "" : q, tag, limit)
					.stream()
					.map(hit -> this.tickets.find(hit.ticket()).map(ticket -> result(hit, ticket)))
					.flatMap(Optional::stream)
					.toList());
	}

	private static Map<String, Object> result(ConversationHit hit, Ticket ticket) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("ticketId", ticket.id().value().toString());
		body.put("number", ticket.number());
		body.put("subject", ticket.subject());
		body.put("language", ticket.language().value());
		body.put("matchedIn", hit.matchedIn());
		body.put("snippet", hit.snippet());
		body.put("score", hit.score());
		return body;
	}

}
