package dev.meridian.sla.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

import dev.meridian.DomainException;
import dev.meridian.InvalidValueException;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.MarketManagement;
import dev.meridian.sla.SlaManagement;
import dev.meridian.sla.SlaPolicy;
import dev.meridian.sla.SlaPolicyNameTakenException;
import dev.meridian.tickets.Channel;
import dev.meridian.tickets.Priority;
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

import jakarta.servlet.http.HttpServletResponse;

/**
 * The admin screen for SLA policies: the policies in the order they are tried, with a
 * form to add one and to change or delete each. Supervisors see it without the forms.
 */
@Controller
@RequestMapping("/app/admin/sla")
class SlaAdminController {

	/** A policy as the list shows it, its targets already in words. */
	public record PolicyRow(UUID id, String name, int position, List<Priority> priorities, List<CountryCode> markets,
			List<Channel> channels, @Nullable Target firstReply, @Nullable Target nextReply,
			@Nullable Target resolution, @Nullable Target warningLead) {
	}

	/** Business minutes and the same as hours and minutes. */
	public record Target(int minutes, String words) {
	}

	private final SlaManagement sla;

	private final MarketManagement markets;

	private final SlaTexts texts;

	SlaAdminController(SlaManagement sla, MarketManagement markets, SlaTexts texts) {
		this.sla = sla;
		this.markets = markets;
		this.texts = texts;
	}

	@GetMapping
	String policies(@RequestParam(required = false) @Nullable UUID edit, Model model) {
		PolicyForm form = edit == null ? PolicyForm.empty() : PolicyForm.of(this.sla.get(edit));
		return page(model, form, edit, Map.of());
	}

	@PostMapping
	String create(@ModelAttribute PolicyForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			SlaPolicy created = this.sla.create(form.toDefinition());
			redirect.addFlashAttribute("notice", this.texts.text("sla.admin.created", created.name()));
			return "redirect:/app/admin/sla";
		}
		catch (InvalidValueException | SlaPolicyNameTakenException ex) {
			return rejected(model, form, null, ex, response);
		}
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @ModelAttribute PolicyForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			SlaPolicy updated = this.sla.update(id, form.toDefinition());
			redirect.addFlashAttribute("notice", this.texts.text("sla.admin.updated", updated.name()));
			return "redirect:/app/admin/sla";
		}
		catch (InvalidValueException | SlaPolicyNameTakenException ex) {
			return rejected(model, form, id, ex, response);
		}
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		String name = this.sla.get(id).name();
		this.sla.delete(id);
		redirect.addFlashAttribute("notice", this.texts.text("sla.admin.deleted", name));
		return "redirect:/app/admin/sla";
	}

	/**
	 * The page again with the form as it was sent and the reason beside the field at
	 * fault: nothing typed is lost.
	 */
	private String rejected(Model model, PolicyForm form, @Nullable UUID editing, DomainException ex,
			HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		String field = ex instanceof InvalidValueException invalid ? SlaTexts.field(invalid.field()) : "name";
		return page(model, form, editing, Map.of(field, this.texts.error("sla.admin", ex)));
	}

	private String page(Model model, PolicyForm form, @Nullable UUID editing, Map<String, String> errors) {
		model.addAttribute("policies", this.sla.policies().stream().map(this::row).toList());
		model.addAttribute("form", form);
		model.addAttribute("editing", editing);
		model.addAttribute("errors", errors);
		model.addAttribute("allPriorities", Arrays.asList(Priority.values()));
		model.addAttribute("allChannels", Arrays.asList(Channel.values()));
		// A policy may name a market that was deleted since: keep it offered, so saving
		// the policy does not drop it silently.
		SortedSet<String> marketCodes = new TreeSet<>();
		this.markets.all().forEach(market -> marketCodes.add(market.code().value()));
		if (form.markets() != null) {
			marketCodes.addAll(form.markets());
		}
		model.addAttribute("allMarkets", List.copyOf(marketCodes));
		return "sla/policies";
	}

	private PolicyRow row(SlaPolicy policy) {
		return new PolicyRow(policy.id(), policy.name(), policy.position(),
				policy.priorities().stream().sorted().toList(),
				policy.markets().stream().sorted(Comparator.comparing(CountryCode::value)).toList(),
				policy.channels().stream().sorted().toList(), target(policy.firstReplyMinutes()),
				target(policy.nextReplyMinutes()), target(policy.resolutionMinutes()),
				policy.warningLeadMinutes() == 0 ? null : target(policy.warningLeadMinutes()));
	}

	private @Nullable Target target(@Nullable Integer minutes) {
		return minutes == null ? null : new Target(minutes, this.texts.hoursAndMinutes(minutes));
	}

}
