package dev.meridian.notifications.web;

import java.time.Instant;
import java.util.UUID;

import dev.meridian.InvalidValueException;
import dev.meridian.agents.Actor;
import dev.meridian.agents.Callers;
import dev.meridian.customers.CustomerId;
import dev.meridian.notifications.NotificationPreference;
import dev.meridian.notifications.NotificationPreferences;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's consent to proactive notifications: {@code PUT {"optedOut": true}} opts
 * them out (recorded with time and actor), {@code false} back in. Under the customer's
 * URL, so the customers scopes apply ({@code customers:read} / {@code customers:write}).
 */
@RestController
@Tag(name = "Notifications")
class NotificationPreferenceController {

	private final NotificationPreferences preferences;

	NotificationPreferenceController(NotificationPreferences preferences) {
		this.preferences = preferences;
	}

	record PreferenceRequest(@Nullable Boolean optedOut) {
	}

	record PreferenceResponse(String customerId, boolean optedOut, @Nullable Instant changedAt,
			@Nullable String changedBy) {

		static PreferenceResponse of(NotificationPreference preference) {
			return new PreferenceResponse(preference.customer().value().toString(), preference.optedOut(),
					preference.changedAt(), preference.changedBy());
		}

	}

	@GetMapping("/api/v1/customers/{id}/notifications")
	PreferenceResponse get(@PathVariable UUID id) {
		return PreferenceResponse.of(this.preferences.of(new CustomerId(id)));
	}

	@PutMapping("/api/v1/customers/{id}/notifications")
	PreferenceResponse change(@PathVariable UUID id, @RequestBody PreferenceRequest request) {
		if (request.optedOut() == null) {
			throw new InvalidValueException("optedOut", "Say whether the customer opts out: true or false");
		}
		Actor actor = Callers.current();
		String who = actor.agentId().map(agent -> "agent:" + agent.value()).orElse("api-token");
		return PreferenceResponse.of(this.preferences.change(new CustomerId(id), request.optedOut(), who));
	}

}
