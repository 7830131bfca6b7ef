package dev.meridian.privacy.web;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import dev.meridian.DomainException;
import dev.meridian.NotFoundException;
import dev.meridian.privacy.DataSubject;
import dev.meridian.privacy.DataSubjects;
import dev.meridian.privacy.PrivacyRequests;
import dev.meridian.privacy.erasure.Erasures;
import dev.meridian.privacy.export.Exports;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A customer's personal data as the admins handle it: their exports (with the one-time
 * download link while it works), their erasure and its report, their own requests; and
 * the actions that start an export or, once confirmed, an erasure. Reached from the
 * requests list and from the customer's page.
 */
@Controller
@RequestMapping("/app/privacy")
class CustomerPrivacyPageController {

	private final DataSubjects subjects;

	private final Exports exports;

	private final Erasures erasures;

	private final PrivacyRequests requests;

	private final MessageSource messages;

	private final Clock clock;

	CustomerPrivacyPageController(DataSubjects subjects, Exports exports, Erasures erasures, PrivacyRequests requests,
			MessageSource messages, Clock clock) {
		this.subjects = subjects;
		this.exports = exports;
		this.erasures = erasures;
		this.requests = requests;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/customers/{id}")
	String customer(@PathVariable UUID id, Model model) {
		DataSubject subject = subject(id);
		Instant now = this.clock.instant();
		model.addAttribute("subject", subject);
		model.addAttribute("exports", this.exports.ofCustomer(id));
		model.addAttribute("erasure", this.erasures.findByCustomer(id).orElse(null));
		model.addAttribute("requests",
				this.requests.ofCustomer(id)
					.stream()
					.map(request -> new RequestRow(request, request.due(now, this.requests.warning()), null, null))
					.toList());
		model.addAttribute("now", now);
		return "privacy/customer";
	}

	@PostMapping("/customers/{id}/export")
	String export(@PathVariable UUID id, @RequestParam(required = false) @Nullable String from,
			RedirectAttributes redirect) {
		try {
			this.exports.start(id);
			redirect.addFlashAttribute("notice", text("privacy.screen.exportStarted"));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", PrivacyProblems.text(this.messages, ex));
		}
		return back(id, from);
	}

	/** The confirmation an erasure needs: it cannot be undone. */
	@GetMapping("/customers/{id}/erasure")
	String confirmErasure(@PathVariable UUID id, @RequestParam(required = false) @Nullable String from, Model model) {
		model.addAttribute("subject", subject(id));
		model.addAttribute("erasure", this.erasures.findByCustomer(id).orElse(null));
		model.addAttribute("from", "requests".equals(from) ? "requests" : "customer");
		model.addAttribute("unconfirmed", false);
		return "privacy/erase";
	}

	@PostMapping("/customers/{id}/erasure")
	String erase(@PathVariable UUID id, @RequestParam(required = false) @Nullable String confirm,
			@RequestParam(required = false) @Nullable String from, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (!"yes".equals(confirm)) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("subject", subject(id));
			model.addAttribute("erasure", this.erasures.findByCustomer(id).orElse(null));
			model.addAttribute("from", "requests".equals(from) ? "requests" : "customer");
			model.addAttribute("unconfirmed", true);
			return "privacy/erase";
		}
		try {
			this.erasures.start(id);
			redirect.addFlashAttribute("notice", text("privacy.screen.erasureStarted"));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", PrivacyProblems.text(this.messages, ex));
		}
		return back(id, from);
	}

	/**
	 * An export's state, for the list and the customer's page to follow while it runs.
	 */
	@GetMapping("/exports/{id}")
	String exportStatus(@PathVariable UUID id, Model model) {
		model.addAttribute("export", this.exports.find(id).orElseThrow(() -> new NotFoundException("Export", id)));
		model.addAttribute("now", this.clock.instant());
		return "privacy/fragments :: export-status";
	}

	private DataSubject subject(UUID id) {
		return this.subjects.find(id).orElseThrow(() -> new NotFoundException("Customer", id));
	}

	private static String back(UUID id, @Nullable String from) {
		return "requests".equals(from) ? "redirect:/app/privacy" : "redirect:/app/privacy/customers/" + id;
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
