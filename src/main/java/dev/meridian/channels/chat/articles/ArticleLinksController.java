package dev.meridian.channels.chat.articles;

import java.util.UUID;

import dev.meridian.tickets.Ticket;
import dev.meridian.tickets.TicketId;
import dev.meridian.tickets.TicketManagement;
import org.jspecify.annotations.Nullable;

import org.springframework.core.env.Environment;
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

	private final Environment environment;

	ArticleLinksController(ArticleLinks links, TicketManagement tickets, Environment environment) {
		this.links = links;
		this.tickets = tickets;
		this.environment = environment;
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
		@Nullable String configured = this.environment.getProperty("meridian.chat.offline.public-url");
		if (configured == null || configured.isBlank()) {
			configured = this.environment.getProperty("meridian.help.contact.public-url");
		}
		if (configured != null && !configured.isBlank()) {
			return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
		}
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
