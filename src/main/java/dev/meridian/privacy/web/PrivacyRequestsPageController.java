package dev.meridian.privacy.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.meridian.DomainException;
import dev.meridian.privacy.PrivacyRequest;
import dev.meridian.privacy.PrivacyRequests;
import dev.meridian.privacy.erasure.Erasures;
import dev.meridian.privacy.export.Exports;
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
 * The admins' list of customers' own export and erasure requests, the nearest due first,
 * each with its due date in the viewer's zone (overdue and due-soon ones stand out), what
 * was done for the customer so far, and the form that closes it. Admins only (the
 * security configuration keeps {@code /app/privacy/**} for them).
 */
@Controller
@RequestMapping("/app/privacy")
class PrivacyRequestsPageController {

	static final int PAGE_SIZE = 200;

	private final PrivacyRequests requests;

	private final Exports exports;

	private final Erasures erasures;

	private final MessageSource messages;

	private final Clock clock;

	PrivacyRequestsPageController(PrivacyRequests requests, Exports exports, Erasures erasures, MessageSource messages,
			Clock clock) {
		this.requests = requests;
		this.exports = exports;
		this.erasures = erasures;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String status, Model model) {
		String shown = status == null || status.isBlank() ? "open" : status;
		if (!List.of("open", "done", "rejected", "all").contains(shown)) {
			shown = "open";
		}
		Instant now = this.clock.instant();
		List<RequestRow> rows = this.requests.list(shown.equals("all") ? null : shown, null, PAGE_SIZE)
			.stream()
			.map(request -> row(request, now))
			.toList();
		model.addAttribute("status", shown);
		model.addAttribute("rows", rows);
		model.addAttribute("overdue", rows.stream().filter(r -> r.due() == PrivacyRequest.Due.OVERDUE).count());
		model.addAttribute("dueSoon", rows.stream().filter(r -> r.due() == PrivacyRequest.Due.SOON).count());
		model.addAttribute("warningDays", this.requests.warning().toDays());
		model.addAttribute("now", now);
		return "privacy/requests";
	}

	private RequestRow row(PrivacyRequest request, Instant now) {
		UUID customer = request.customerId();
		return new RequestRow(request, request.due(now, this.requests.warning()),
				customer == null ? null : this.exports.ofCustomer(customer).stream().findFirst().orElse(null),
				customer == null ? null : this.erasures.findByCustomer(customer).orElse(null));
	}

	@PostMapping("/requests/{id}/close")
	String close(@PathVariable UUID id, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		try {
			PrivacyRequest closed = this.requests.close(id, status == null ? "" : status,
					note == null || note.isBlank() ? null : note.strip());
			redirect.addFlashAttribute("notice", text("privacy.screen.closed." + closed.status(), closed.email()));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", PrivacyProblems.text(this.messages, ex));
		}
		return "redirect:/app/privacy";
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
