package dev.meridian.tickets.web;

import java.time.Clock;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.meridian.DomainException;
import dev.meridian.Keyset;
import dev.meridian.NotFoundException;
import dev.meridian.agents.Actor;
import dev.meridian.agents.Agent;
import dev.meridian.agents.AgentId;
import dev.meridian.agents.AgentManagement;
import dev.meridian.agents.Callers;
import dev.meridian.customers.Customer;
import dev.meridian.time.LocalDays;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.customers.CustomerOverview;
import dev.meridian.markets.MarketManagement;
import dev.meridian.markets.MarketPlaybooks;
import dev.meridian.tickets.Attachment;
import dev.meridian.tickets.Author;
import dev.meridian.tickets.Message;
import dev.meridian.tickets.MessageDraft;
import dev.meridian.tickets.MessageId;
import dev.meridian.tickets.Priority;
import dev.meridian.tickets.ReplyTranslation;
import dev.meridian.tickets.Status;
import dev.meridian.tickets.Ticket;
import dev.meridian.tickets.TicketChanges;
import dev.meridian.tickets.TicketLinks;
import dev.meridian.tickets.TicketManagement;
import dev.meridian.tickets.TicketPage;
import dev.meridian.web.EnumValues;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The agent workspace: the inbox and the ticket screen, with replies, notes and changes
 * of status, priority and assignee. Plain forms that work without JavaScript; htmx only
 * makes the inbox filters faster.
 */
@Controller
@RequestMapping("/app")
class WorkspaceController {

	static final int PAGE_SIZE = 50;

	private final TicketManagement tickets;

	private final TicketResponses responses;

	private final CustomerManagement customers;

	private final AgentManagement agents;

	private final MarketManagement markets;

	private final MessageSource messages;

	private final AttachmentDownloads downloads;

	private final ReplyTranslation replies;

	private final LocalDays localDays;

	private final Clock clock;

	private final TicketLinks links;

	private final CustomerOverview overview;

	private final MarketPlaybooks playbooks;

	WorkspaceController(TicketManagement tickets, TicketResponses responses, CustomerManagement customers,
			AgentManagement agents, MarketManagement markets, MessageSource messages, AttachmentDownloads downloads,
			ReplyTranslation replies, LocalDays localDays, Clock clock, TicketLinks links, CustomerOverview overview,
			MarketPlaybooks playbooks) {
		this.playbooks = playbooks;
		this.tickets = tickets;
		this.overview = overview;
		this.links = links;
		this.localDays = localDays;
		this.clock = clock;
		this.replies = replies;
		this.downloads = downloads;
		this.responses = responses;
		this.customers = customers;
		this.agents = agents;
		this.markets = markets;
		this.messages = messages;
	}

	@GetMapping
	String inbox(@RequestParam(required = false) @Nullable String view,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String market,
			@RequestParam(required = false) @Nullable String language,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(required = false) @Nullable String sort,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		InboxFilter filter = InboxFilter.of(view, status, market, language, sort);
		Keyset after = null;
		try {
			after = cursor == null || cursor.isBlank() ? null : Keyset.decode(cursor);
		}
		catch (DomainException ex) {
			// A stale or edited cursor starts from the top rather than failing.
		}
		TicketPage page = this.tickets.list(filter.toQuery(Callers.current().agent()), filter.toSort(), after,
				PAGE_SIZE);
		model.addAttribute("filter", filter);
		model.addAttribute("tickets", this.responses.of(page.tickets()));
		model.addAttribute("nextCursor", page.next() == null ? null : page.next().encode());
		model.addAttribute("markets", this.markets.all());
		model.addAttribute("statuses", Status.values());
		return htmx != null ? "tickets/inbox :: results" : "tickets/inbox";
	}

	@GetMapping("/tickets/{number}")
	String ticket(@PathVariable long number, Model model) {
		Ticket ticket = byNumber(number);
		Customer customer = this.customers.get(ticket.customer());
		List<Message> conversation = this.tickets.messages(ticket.id());
		Map<MessageId, List<Attachment>> attachments = this.tickets
			.attachments(conversation.stream().map(Message::id).toList());
		List<Agent> allAgents = this.agents.all();
		Map<AgentId, String> agentNames = new java.util.HashMap<>();
		allAgents.forEach(agent -> agentNames.put(agent.id(), agent.displayName()));
		model.addAttribute("ticket", this.responses.of(ticket));
		model.addAttribute("customer", customer);
		model.addAttribute("customerZone", customer.timeZone().orElse(null));
		model.addAttribute("customerDay",
				customer.timeZone()
					.map(zone -> this.localDays.localDay(zone, customer.market().orElse(null), this.clock.instant()))
					.orElse(null));
		model.addAttribute("market", customer.market().flatMap(this.markets::find).orElse(null));
		// The ticket's own market (where the order was placed) before the customer's.
		model.addAttribute("playbook",
				ticket.market()
					.or(customer::market)
					.flatMap(market -> this.playbooks.forReader(market, LocaleContextHolder.getLocale()))
					.orElse(null));
		model.addAttribute("customerSections", this.overview.sections(customer.id()));
		model.addAttribute("conversation",
				conversation.stream()
					.map(m -> new MessageView(m,
							m.author().type() == Author.Type.CUSTOMER ? customer.displayName()
									: m.author().agent().map(agentNames::get).orElse(null),
							attachments.getOrDefault(m.id(), List.of())))
					.toList());
		model.addAttribute("agents", allAgents.stream().filter(Agent::isActive).toList());
		model.addAttribute("nextStatuses", ticket.status().next());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("closed", ticket.status() == Status.CLOSED);
		model.addAttribute("links", this.links.of(ticket.id()));
		return "tickets/ticket";
	}

	@PostMapping("/tickets/{number}/reply")
	String reply(@PathVariable long number, @RequestParam String body,
			@RequestParam(required = false) @Nullable String status, RedirectAttributes redirect) {
		return act(number, redirect, "workspace.reply.sent", () -> {
			Actor actor = Callers.current();
			Ticket ticket = byNumber(number);
			this.tickets.addMessage(ticket.id(), actor.agentId().map(Author::agent).orElse(Author.system()),
					MessageDraft.text(this.replies.withSalutation(ticket.id(), body)));
			if (status != null && !status.isBlank()) {
				this.tickets.update(ticket.id(),
						TicketChanges.none().withStatus(EnumValues.parse("status", status, Status.class)), actor);
			}
		});
	}

	@PostMapping("/tickets/{number}/note")
	String note(@PathVariable long number, @RequestParam String body, RedirectAttributes redirect) {
		return act(number, redirect, "workspace.note.added", () -> {
			Actor actor = Callers.current();
			this.tickets.addMessage(byNumber(number).id(), actor.agentId().map(Author::agent).orElse(Author.system()),
					MessageDraft.note(body));
		});
	}

	@PostMapping("/tickets/{number}")
	String change(@PathVariable long number, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String priority,
			@RequestParam(required = false) @Nullable String assignee, RedirectAttributes redirect) {
		return act(number, redirect, "workspace.ticket.updated", () -> {
			Ticket ticket = byNumber(number);
			TicketChanges changes = TicketChanges.none();
			if (status != null && !status.isBlank()) {
				changes = changes.withStatus(EnumValues.parse("status", status, Status.class));
			}
			if (priority != null && !priority.isBlank()) {
				changes = changes.withPriority(EnumValues.parse("priority", priority, Priority.class));
			}
			if (assignee != null) {
				AgentId target = assignee.isBlank() ? null : AgentId.parse("assignee", assignee);
				if (!java.util.Objects.equals(ticket.assignee().orElse(null), target)) {
					changes = changes.withAssignee(target);
				}
			}
			this.tickets.update(ticket.id(), changes, Callers.current());
		});
	}

	@GetMapping("/tickets/{number}/attachments/{id}")
	ResponseEntity<InputStreamResource> attachment(@PathVariable long number, @PathVariable UUID id)
			throws IOException {
		return this.downloads.download(byNumber(number).id(), id);
	}

	private Ticket byNumber(long number) {
		return this.tickets.findByNumber(number).orElseThrow(() -> new NotFoundException("Ticket", "#" + number));
	}

	/**
	 * Runs a change and comes back to the ticket with a message in the agent's language:
	 * what was done, or why it could not be.
	 */
	private String act(long number, RedirectAttributes redirect, String doneKey, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("notice", text(doneKey, null));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", text("problem." + ex.type(), ex.getMessage()));
		}
		return "redirect:/app/tickets/" + number;
	}

	private String text(String key, @Nullable String fallback) {
		return this.messages.getMessage(key, null, fallback == null ? key : fallback, LocaleContextHolder.getLocale());
	}

}
