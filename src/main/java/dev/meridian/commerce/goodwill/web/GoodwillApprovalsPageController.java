package dev.meridian.commerce.goodwill.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.InvalidValueException;
import dev.meridian.agents.Agent;
import dev.meridian.agents.AgentId;
import dev.meridian.agents.AgentManagement;
import dev.meridian.agents.Callers;
import dev.meridian.commerce.goodwill.GoodwillGrant;
import dev.meridian.commerce.goodwill.GoodwillManagement;
import dev.meridian.commerce.goodwill.GoodwillStatus;
import dev.meridian.tickets.Ticket;
import dev.meridian.tickets.TicketManagement;
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
 * Supervisors' screen of goodwill above an agent's authority: what was asked on which
 * ticket, by whom and why, to approve or reject. Security lets only supervisors in.
 */
@Controller
@RequestMapping("/app/goodwill/approvals")
class GoodwillApprovalsPageController {

	private static final int SHOWN = 200;

	private final GoodwillManagement goodwill;

	private final TicketManagement tickets;

	private final AgentManagement agents;

	private final MessageSource messages;

	GoodwillApprovalsPageController(GoodwillManagement goodwill, TicketManagement tickets, AgentManagement agents,
			MessageSource messages) {
		this.goodwill = goodwill;
		this.tickets = tickets;
		this.agents = agents;
		this.messages = messages;
	}

	/** One goodwill request waiting, with its ticket and asker. */
	record Row(GoodwillGrant grant, @Nullable Ticket ticket, @Nullable Agent requester, boolean own) {
	}

	@GetMapping
	String list(Model model) {
		List<GoodwillGrant> pending = this.goodwill.approvals(GoodwillStatus.PENDING_APPROVAL, SHOWN);
		Map<AgentId, Agent> requesters = this.agents
			.findAll(pending.stream().flatMap(g -> g.requestedBy().stream()).toList());
		Optional<AgentId> viewer = Callers.current().agentId();
		// A query per ticket: a queue of approvals is short, or it is a policy problem.
		List<Row> rows = pending.stream()
			.map(grant -> new Row(grant, this.tickets.find(grant.ticket()).orElse(null),
					grant.requestedBy().map(requesters::get).orElse(null),
					viewer.isPresent() && viewer.equals(grant.requestedBy())))
			.toList();
		model.addAttribute("rows", rows);
		return "commerce/goodwill-approvals";
	}

	@PostMapping("/{id}")
	String decide(@PathVariable UUID id, @RequestParam String decision,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		boolean approve = switch (decision) {
			case "approve" -> true;
			case "reject" -> false;
			default -> throw new InvalidValueException("decision", "approve or reject");
		};
		this.goodwill.decide(id, approve, note, Callers.current());
		redirect.addFlashAttribute("notice",
				this.messages.getMessage(approve ? "goodwill.approvals.approved" : "goodwill.approvals.rejected", null,
						LocaleContextHolder.getLocale()));
		return "redirect:/app/goodwill/approvals";
	}

}
