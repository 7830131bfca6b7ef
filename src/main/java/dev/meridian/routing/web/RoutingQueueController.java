package dev.meridian.routing.web;

import java.time.Instant;
import java.util.UUID;

import dev.meridian.routing.Routing;
import dev.meridian.tickets.AssignmentReasons;
import dev.meridian.web.PageResponse;
import dev.meridian.web.api.WrittenInCallersLanguage;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tickets nobody could take yet, oldest first, each with the reason it waits in the
 * reader's language.
 */
@RestController
@Tag(name = "Routing")
class RoutingQueueController {

	private final Routing routing;

	private final AssignmentReasons reasons;

	RoutingQueueController(Routing routing, AssignmentReasons reasons) {
		this.routing = routing;
		this.reasons = reasons;
	}

	@GetMapping("/api/v1/routing/queue")
	@WrittenInCallersLanguage
	PageResponse<Waiting> queue() {
		String reasonLanguage = LocaleContextHolder.getLocale().toLanguageTag();
		return PageResponse.of(this.routing.waiting()
			.stream()
			.map(w -> new Waiting(w.ticket().value(), w.team() == null ? null : w.team().value(), w.language(),
					this.reasons.text(w.reason()), w.reason().code(), w.queuedAt(), reasonLanguage))
			.toList());
	}

	/**
	 * A waiting ticket; {@code language} is the ticket's, {@code reason} is written for
	 * the caller in {@code reasonLanguage}.
	 */
	record Waiting(UUID ticketId, @Nullable UUID teamId, String language, String reason, String reasonCode,
			Instant queuedAt, String reasonLanguage) {
	}

}
