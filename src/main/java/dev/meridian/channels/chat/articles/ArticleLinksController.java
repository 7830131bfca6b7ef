package dev.meridian.channels.chat.articles;

import java.util.UUID;

import dev.meridian.tickets.Ticket;
import dev.meridian.tickets.TicketId;
import dev.meridian.tickets.TicketManagement;
import dev.meridian.channels.chat.offline.OfflineSettings;
import dev.meridian.web.PublicAddress;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * "Insert article link" on a chat ticket's screen: the search results, each with the text
 * to insert into the reply (the title and the full address, for the visitor's widget to
 * show as a link).
 */
@Controller
class ArticleLinksController {

	private final ArticleLinks links;

	private final TicketManagement tickets;

	private final PublicAddress publicAddress;

	private final OfflineSettings offline;

	ArticleLinksController(ArticleLinks links, TicketManagement tickets, PublicAddress publicAddress,
			OfflineSettings offline) {
		this.links = links;
		this.tickets = tickets;
		this.publicAddress = publicAddress;
		this.offline = offline;
	}

	@GetMapping("/app/chat/article-links")
	String search(@RequestParam UUID ticket, @RequestParam(defaultValue = "") String q, Model model) {
		Ticket found = this.tickets.get(new TicketId(ticket));
		model.addAttribute("links", q.isBlank() ? java.util.List.of() : this.links.find(found, q));
		model.addAttribute("base", baseUrl());
		model.addAttribute("searched", !q.isBlank());
		return "chat/article-links :: results";
	}

	/**
	 * Where visitors reach the help center: the configured public address (as in mailed
	 * links), else the address the agent reached the workspace at, the same server.
	 */
	private String baseUrl() {
		// Visitors follow the link in the widget, like the mailed ones; without a
		// configured address, the one the agent reached the workspace at, the same
		// server.
		return this.publicAddress.configured(this.offline.publicUrl())
			.orElseGet(() -> ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
	}

}
