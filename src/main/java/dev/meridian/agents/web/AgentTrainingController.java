package dev.meridian.agents.web;

import java.util.UUID;

import dev.meridian.InvalidValueException;
import dev.meridian.agents.Agent;
import dev.meridian.agents.AgentId;
import dev.meridian.agents.AgentManagement;
import dev.meridian.agents.TrainingRecordId;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

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
 * Supervisors' view of an agent's training: they add records and approve or reject the
 * certifications waiting for review. Security lets only supervisors and admins in.
 */
@Controller
@RequestMapping("/app/agents/{id}/training")
class AgentTrainingController {

	private final AgentManagement agents;

	private final TrainingPage page;

	AgentTrainingController(AgentManagement agents, TrainingPage page) {
		this.agents = agents;
		this.page = page;
	}

	@GetMapping
	String show(@PathVariable UUID id, Model model) {
		return this.page.show(model, agent(id), base(id), TrainingForm.EMPTY);
	}

	@PostMapping
	String add(@PathVariable UUID id, @ModelAttribute TrainingForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return this.page.add(agent(id), base(id), form, model, redirect, response);
	}

	@PostMapping("/{recordId}/review")
	String review(@PathVariable UUID id, @PathVariable UUID recordId, @RequestParam String decision,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		boolean approve = switch (decision) {
			case "approve" -> true;
			case "reject" -> false;
			default -> throw new InvalidValueException("decision", "approve or reject");
		};
		return this.page.review(agent(id), base(id), new TrainingRecordId(recordId), approve, note, redirect);
	}

	private Agent agent(UUID id) {
		return this.agents.get(new AgentId(id));
	}

	private static String base(UUID id) {
		return "/app/agents/" + id + "/training";
	}

}
