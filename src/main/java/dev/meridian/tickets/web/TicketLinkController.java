package dev.meridian.tickets.web;

import java.time.Instant;
import java.util.UUID;

import dev.meridian.tickets.TicketId;
import dev.meridian.tickets.TicketLinks;
import dev.meridian.tickets.TicketManagement;
import dev.meridian.web.PageResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A ticket's links to other tickets, both ways: {@code GET /api/v1/tickets/{id}/links}.
 */
@RestController
@RequestMapping("/api/v1/tickets")
class TicketLinkController {

	private final TicketManagement tickets;

	private final TicketLinks links;

	TicketLinkController(TicketManagement tickets, TicketLinks links) {
		this.tickets = tickets;
		this.links = links;
	}

	/**
	 * One link: the other ticket, {@code direction} {@code refers-to} (this ticket refers
	 * to it) or {@code referred-by}, and the reason.
	 */
	record LinkResponse(UUID ticketId, long number, String subject, String direction, String reason, Instant at) {
	}

	@GetMapping("/{id}/links")
	PageResponse<LinkResponse> links(@PathVariable UUID id) {
		TicketId ticket = this.tickets.get(new TicketId(id)).id();
		return PageResponse.of(this.links.of(ticket)
			.stream()
			.map(link -> new LinkResponse(link.other().value(), link.otherNumber(), link.otherSubject(),
					link.outgoing() ? "refers-to" : "referred-by", link.reason(), link.at()))
			.toList());
	}

}
