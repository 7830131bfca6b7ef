package dev.meridian.agents.web;

import dev.meridian.agents.Agent;
import dev.meridian.agents.AgentManagement;
import dev.meridian.agents.Callers;
import dev.meridian.agents.NotAllowedException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in agent's own training: they record courses and claim certifications, which
 * a supervisor reviews on the agent's page under {@code /app/agents}.
 */
@Controller
@RequestMapping("/app/training")
class OwnTrainingController {

	private static final String BASE = "/app/training";

	private final AgentManagement agents;

	private final TrainingPage page;

	OwnTrainingController(AgentManagement agents, TrainingPage page) {
		this.agents = agents;
		this.page = page;
	}

	@GetMapping
	String show(Model model) {
		return this.page.show(model, self(), BASE, TrainingForm.EMPTY);
	}

	@PostMapping
	String add(@ModelAttribute TrainingForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return this.page.add(self(), BASE, form, model, redirect, response);
	}

	private Agent self() {
		return this.agents.get(Callers.current()
			.agentId()
			.orElseThrow(() -> new NotAllowedException("Only agents have training records")));
	}

}
