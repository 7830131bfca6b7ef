package dev.meridian.agents.web;

import java.util.UUID;

import dev.meridian.agents.Agent;
import dev.meridian.agents.AgentManagement;
import dev.meridian.agents.Callers;
import dev.meridian.agents.NotAllowedException;
import dev.meridian.agents.TimeOffId;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in agent's own availability: they see their shifts, holiday region and
 * capacity (which supervisors set) and plan their own time off. The path has no agent id,
 * so nobody can reach someone else's through it.
 */
@Controller
@RequestMapping("/app/availability")
class OwnAvailabilityController {

	private static final String BASE = "/app/availability";

	private final AgentManagement agents;

	private final AvailabilityPage page;

	OwnAvailabilityController(AgentManagement agents, AvailabilityPage page) {
		this.agents = agents;
		this.page = page;
	}

	@GetMapping
	String show(Model model) {
		return this.page.show(model, self(), BASE, false, null, TimeOffForm.EMPTY);
	}

	@PostMapping("/time-off")
	String addTimeOff(@ModelAttribute TimeOffForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return this.page.addTimeOff(self(), BASE, false, form, model, redirect, response);
	}

	@PostMapping("/time-off/{id}/remove")
	String removeTimeOff(@PathVariable UUID id, RedirectAttributes redirect) {
		return this.page.removeTimeOff(self(), BASE, new TimeOffId(id), redirect);
	}

	private Agent self() {
		return this.agents.get(Callers.current()
			.agentId()
			.orElseThrow(() -> new NotAllowedException("Only agents have an availability")));
	}

}
