package dev.meridian.agents.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import dev.meridian.agents.Agent;
import dev.meridian.agents.AgentAvailability;
import dev.meridian.agents.AgentId;
import dev.meridian.agents.AvailabilityManagement;
import dev.meridian.agents.Presence;
import dev.meridian.agents.TimeOff;
import org.jspecify.annotations.Nullable;

import dev.meridian.InvalidValueException;
import dev.meridian.agents.TimeOffId;
import dev.meridian.web.Times;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One agent's availability as a page, the same for the agent's own screen and the
 * supervisor's: only the supervisor's has the shift form, and the forms post to different
 * places ({@code base}).
 */
@Component
class AvailabilityPage {

	static final String VIEW = "agents/availability";

	private final AvailabilityManagement availability;

	private final AvailabilityTexts texts;

	private final Times times;

	private final MessageSource messages;

	private final Clock clock;

	AvailabilityPage(AvailabilityManagement availability, AvailabilityTexts texts, Times times, MessageSource messages,
			Clock clock) {
		this.availability = availability;
		this.texts = texts;
		this.times = times;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Adds time off and goes back to the page with a notice, or shows the page again with
	 * the error and what was entered. Span ends are read in the viewer's zone.
	 */
	String addTimeOff(Agent agent, String base, boolean editing, TimeOffForm form, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.availability.addTimeOff(agent.id(), form.toTimeOff(this.times.viewerZone()));
		}
		catch (InvalidValueException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("timeOffProblem", this.texts.problem(ex));
			return show(model, agent, base, editing, null, form);
		}
		redirect.addFlashAttribute("notice", text("availability.timeOff.added"));
		return "redirect:" + base;
	}

	String removeTimeOff(Agent agent, String base, TimeOffId id, RedirectAttributes redirect) {
		this.availability.removeTimeOff(agent.id(), id);
		redirect.addFlashAttribute("notice", text("availability.timeOff.removed"));
		return "redirect:" + base;
	}

	String text(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	/**
	 * Fills the model; {@code form} is null to show what is stored, or what was posted
	 * when it was rejected.
	 */
	String show(Model model, Agent agent, String base, boolean editing, @Nullable AvailabilityForm form,
			TimeOffForm timeOffForm) {
		AgentId id = agent.id();
		AgentAvailability current = this.availability.availability(id);
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, agent.timeZone());
		// Time off already over is history, not a plan: only what still lies ahead.
		List<TimeOff> upcoming = this.availability.timeOff(id)
			.stream()
			.filter(off -> off.isWholeDays() ? !off.lastDay().orElseThrow().isBefore(today)
					: off.endsAt().orElseThrow().isAfter(now))
			.sorted(Comparator.comparing(off -> off.startsAt()
				.orElseGet(() -> off.firstDay().orElseThrow().atStartOfDay(agent.timeZone()).toInstant())))
			.toList();
		model.addAttribute("agent", agent);
		model.addAttribute("availability", current);
		model.addAttribute("onShift", this.availability.isAvailable(id, now));
		model.addAttribute("nextShift", this.availability.nextShiftStart(id, now).orElse(null));
		model.addAttribute("timeOff", upcoming);
		model.addAttribute("base", base);
		model.addAttribute("editing", editing);
		model.addAttribute("texts", this.texts);
		model.addAttribute("days", List.of(DayOfWeek.values()));
		model.addAttribute("presences", List.of(Presence.values()));
		model.addAttribute("timeOffForm", timeOffForm);
		if (editing) {
			AvailabilityForm shown = form == null ? AvailabilityForm.of(current) : form;
			model.addAttribute("form", shown);
			model.addAttribute("rows", shown.rows());
			model.addAttribute("countries", this.texts.countries());
		}
		return VIEW;
	}

}
