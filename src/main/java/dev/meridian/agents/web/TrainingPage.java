package dev.meridian.agents.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.meridian.InvalidValueException;
import dev.meridian.agents.Actor;
import dev.meridian.agents.Agent;
import dev.meridian.agents.AgentId;
import dev.meridian.agents.AgentManagement;
import dev.meridian.agents.Callers;
import dev.meridian.agents.Proficiency;
import dev.meridian.agents.Role;
import dev.meridian.agents.TrainingManagement;
import dev.meridian.agents.TrainingRecord;
import dev.meridian.agents.TrainingRecordId;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One agent's training as a page, the same for the agent's own screen and the
 * supervisor's; supervisors also approve or reject certifications there (never their
 * own).
 */
@Component
class TrainingPage {

	static final String VIEW = "agents/training";

	/** The levels a certificate may claim. */
	static final List<Proficiency> LEVELS = List.of(Proficiency.A1, Proficiency.A2, Proficiency.B1, Proficiency.B2,
			Proficiency.C1, Proficiency.C2);

	private final TrainingManagement training;

	private final AgentManagement agents;

	private final MessageSource messages;

	TrainingPage(TrainingManagement training, AgentManagement agents, MessageSource messages) {
		this.training = training;
		this.agents = agents;
		this.messages = messages;
	}

	String show(Model model, Agent agent, String base, TrainingForm form) {
		Actor viewer = Callers.current();
		List<TrainingRecord> records = this.training.records(agent.id());
		Map<AgentId, Agent> reviewers = this.agents
			.findAll(records.stream().flatMap(r -> r.reviewedBy().stream()).toList());
		model.addAttribute("agent", agent);
		model.addAttribute("records", records);
		model.addAttribute("reviewers", reviewers);
		model.addAttribute("base", base);
		model.addAttribute("form", form);
		model.addAttribute("levels", LEVELS);
		model.addAttribute("own", viewer.agentId().filter(agent.id()::equals).isPresent());
		model.addAttribute("reviewing",
				viewer.is(Role.SUPERVISOR) && viewer.agentId().filter(agent.id()::equals).isEmpty());
		return VIEW;
	}

	String add(Agent agent, String base, TrainingForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			this.training.record(agent.id(), form.toRecord(), Callers.current());
		}
		catch (InvalidValueException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", problem(ex));
			return show(model, agent, base, form);
		}
		redirect.addFlashAttribute("notice", text("training.added"));
		return "redirect:" + base;
	}

	String review(Agent agent, String base, TrainingRecordId record, boolean approve, @Nullable String note,
			RedirectAttributes redirect) {
		this.training.review(agent.id(), record, approve, note, Callers.current());
		redirect.addFlashAttribute("notice", text(approve ? "training.approved" : "training.rejected"));
		return "redirect:" + base;
	}

	/**
	 * The viewer's message for the field at fault, with the domain's words as a last
	 * resort.
	 */
	String problem(InvalidValueException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		String fallback = this.messages.getMessage("training.problem.other", new Object[] { ex.getMessage() }, locale);
		return this.messages.getMessage("training.problem." + ex.field(), null, fallback, locale);
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
