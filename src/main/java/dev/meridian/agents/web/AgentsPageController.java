package dev.meridian.agents.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.meridian.InvalidValueException;
import dev.meridian.agents.Agent;
import dev.meridian.agents.AgentId;
import dev.meridian.agents.AgentManagement;
import dev.meridian.agents.AvailabilityManagement;
import dev.meridian.agents.Callers;
import dev.meridian.agents.Presence;
import dev.meridian.agents.TimeOffId;
import dev.meridian.agents.TrainingManagement;
import dev.meridian.agents.TrainingRecord;
import dev.meridian.web.EnumValues;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Supervisors' view of the agents: who is on shift and online, and each agent's
 * availability to plan (shifts, holiday region, capacity, presence, time off). Security
 * lets only supervisors and admins in.
 */
@Controller
@RequestMapping("/app/agents")
class AgentsPageController {

	private final AgentManagement agents;

	private final AvailabilityManagement availability;

	private final AvailabilityPage page;

	private final AvailabilityTexts texts;

	private final Clock clock;

	private final TrainingManagement training;

	AgentsPageController(AgentManagement agents, AvailabilityManagement availability, AvailabilityPage page,
			AvailabilityTexts texts, Clock clock, TrainingManagement training) {
		this.training = training;
		this.agents = agents;
		this.availability = availability;
		this.page = page;
		this.texts = texts;
		this.clock = clock;
	}

	/** A certification waiting for review, with its holder. */
	record PendingCertification(TrainingRecord record, Agent agent) {
	}

	/** One line of the agents list. */
	record AgentRow(Agent agent, Presence presence, boolean onShift, @Nullable Instant nextShift) {
	}

	@GetMapping
	String list(Model model) {
		Instant now = this.clock.instant();
		// A query or two per agent: a help desk has tens of agents, not thousands.
		List<AgentRow> rows = this.agents.all()
			.stream()
			.filter(Agent::isActive)
			.sorted(Comparator.comparing(Agent::displayName, String.CASE_INSENSITIVE_ORDER))
			.map(agent -> new AgentRow(agent, this.availability.availability(agent.id()).presence(),
					this.availability.isAvailable(agent.id(), now),
					this.availability.nextShiftStart(agent.id(), now).orElse(null)))
			.toList();
		model.addAttribute("rows", rows);
		List<TrainingRecord> pending = this.training.pendingCertifications();
		Map<AgentId, Agent> holders = this.agents.findAll(pending.stream().map(TrainingRecord::agent).toList());
		model.addAttribute("pendingCertifications",
				pending.stream()
					.filter(record -> holders.containsKey(record.agent()))
					.map(record -> new PendingCertification(record, holders.get(record.agent())))
					.toList());
		return "agents/list";
	}

	@GetMapping("/{id}/availability")
	String show(@PathVariable UUID id, Model model) {
		return this.page.show(model, agent(id), base(id), true, null, TimeOffForm.EMPTY);
	}

	@PostMapping("/{id}/availability")
	String change(@PathVariable UUID id, @ModelAttribute AvailabilityForm form, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Agent agent = agent(id);
		try {
			this.availability.change(agent.id(), form.toSettings());
		}
		catch (InvalidValueException ex) {
			// The form again as entered, with the reason beside it.
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("shiftProblem", this.texts.problem(ex));
			return this.page.show(model, agent, base(id), true, form, TimeOffForm.EMPTY);
		}
		redirect.addFlashAttribute("notice", this.page.text("availability.saved"));
		return "redirect:" + base(id);
	}

	@PostMapping("/{id}/presence")
	String presence(@PathVariable UUID id, @RequestParam String presence, RedirectAttributes redirect) {
		this.availability.changePresence(new AgentId(id), EnumValues.parse("presence", presence, Presence.class),
				Callers.current());
		redirect.addFlashAttribute("notice", this.page.text("availability.presenceSet"));
		return "redirect:" + base(id);
	}

	@PostMapping("/{id}/time-off")
	String addTimeOff(@PathVariable UUID id, @ModelAttribute TimeOffForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return this.page.addTimeOff(agent(id), base(id), true, form, model, redirect, response);
	}

	@PostMapping("/{id}/time-off/{timeOffId}/remove")
	String removeTimeOff(@PathVariable UUID id, @PathVariable UUID timeOffId, RedirectAttributes redirect) {
		return this.page.removeTimeOff(agent(id), base(id), new TimeOffId(timeOffId), redirect);
	}

	private Agent agent(UUID id) {
		return this.agents.get(new AgentId(id));
	}

	private static String base(UUID id) {
		return "/app/agents/" + id + "/availability";
	}

}
