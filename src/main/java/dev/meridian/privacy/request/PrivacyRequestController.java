package dev.meridian.privacy.request;

import java.util.List;
import java.util.UUID;

import dev.meridian.InvalidValueException;
import dev.meridian.NotFoundException;
import dev.meridian.privacy.PrivacyRequest;
import dev.meridian.privacy.PrivacyRequests;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins list customers' own privacy requests (the nearest due first; {@code due=soon} or
 * {@code due=overdue} for those that need doing first), read one, and close it as
 * {@code done} or {@code rejected} (with the reason).
 */
@RestController
@Tag(name = "Privacy")
class PrivacyRequestController {

	private final PrivacyRequests requests;

	PrivacyRequestController(PrivacyRequests requests) {
		this.requests = requests;
	}

	record Page(List<PrivacyRequest> items, @Nullable String next) {
	}

	record Closing(@Nullable String status, @Nullable String note) {
	}

	@GetMapping("/api/v1/privacy/requests")
	Page list(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String due, @RequestParam(required = false) @Nullable UUID after,
			@RequestParam(defaultValue = "50") int limit) {
		if (limit < 1 || limit > 500) {
			throw new InvalidValueException("limit", "Between 1 and 500");
		}
		List<PrivacyRequest> found = this.requests.list(status, due, after, limit + 1);
		boolean more = found.size() > limit;
		List<PrivacyRequest> page = more ? found.subList(0, limit) : found;
		return new Page(page, more ? page.get(page.size() - 1).id().toString() : null);
	}

	@GetMapping("/api/v1/privacy/requests/{id}")
	PrivacyRequest get(@PathVariable UUID id) {
		return this.requests.find(id).orElseThrow(() -> new NotFoundException("Privacy request", id));
	}

	@PatchMapping("/api/v1/privacy/requests/{id}")
	PrivacyRequest close(@PathVariable UUID id, @RequestBody Closing closing) {
		if (closing.status() == null) {
			throw new InvalidValueException("status", "Say how it ends: done or rejected");
		}
		return this.requests.close(id, closing.status(), closing.note());
	}

}
