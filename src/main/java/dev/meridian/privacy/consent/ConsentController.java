package dev.meridian.privacy.consent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.meridian.InvalidValueException;
import dev.meridian.privacy.ConsentChange;
import dev.meridian.privacy.ConsentDecision;
import dev.meridian.privacy.Consents;
import dev.meridian.privacy.Purpose;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's consents: {@code GET} shows where they stand on every purpose (with the
 * default where nothing is recorded) and every decision; {@code PUT} records decisions
 * the customer made (by phone, in a chat, ...), each with the text they were shown. Under
 * the customer's URL, so the customers scopes apply.
 */
@RestController
@Tag(name = "Privacy")
class ConsentController {

	private final Consents consents;

	ConsentController(Consents consents) {
		this.consents = consents;
	}

	record Decision(String purpose, boolean agreed, Instant decidedAt, String channel, @Nullable String text,
			@Nullable String language, String recordedBy) {

		static Decision of(ConsentDecision decision) {
			return new Decision(decision.purpose().value(), decision.agreed(), decision.decidedAt(), decision.channel(),
					decision.text(), decision.language(), decision.recordedBy());
		}

	}

	/**
	 * @param state {@code agreed}, {@code refused} or {@code default} (nothing recorded)
	 */
	record Standing(String purpose, boolean allowed, String state, @Nullable Decision decision) {
	}

	record ConsentsResponse(String customerId, List<Standing> consents, List<Decision> history) {
	}

	record ChangeRequest(@Nullable String purpose, @Nullable Boolean agreed, @Nullable String channel,
			@Nullable String text, @Nullable String language) {
	}

	record ChangesRequest(@Nullable List<ChangeRequest> consents) {
	}

	@GetMapping("/api/v1/customers/{id}/consents")
	ConsentsResponse get(@PathVariable UUID id) {
		return response(id, this.consents.of(id));
	}

	@PutMapping("/api/v1/customers/{id}/consents")
	ConsentsResponse change(@PathVariable UUID id, @RequestBody ChangesRequest request) {
		if (request.consents() == null || request.consents().isEmpty()) {
			throw new InvalidValueException("consents",
					"Give at least one decision: {purpose, agreed, channel, text, language}");
		}
		List<ConsentChange> changes = new ArrayList<>();
		Set<Purpose> seen = new HashSet<>();
		for (ChangeRequest change : request.consents()) {
			if (change.purpose() == null) {
				throw new InvalidValueException("purpose",
						"Say which purpose: surveys, proactive-notifications, marketing");
			}
			Purpose purpose = Purpose.of(change.purpose())
				.orElseThrow(() -> new InvalidValueException("purpose",
						"Unknown purpose " + change.purpose() + ": surveys, proactive-notifications, marketing"));
			if (!seen.add(purpose)) {
				throw new InvalidValueException("purpose", "One decision per purpose: " + purpose.value() + " twice");
			}
			if (change.agreed() == null) {
				throw new InvalidValueException("agreed", "Say whether the customer agreed: true or false");
			}
			if (change.channel() == null) {
				throw new InvalidValueException("channel", "Say where the customer said it, e.g. phone");
			}
			changes
				.add(new ConsentChange(purpose, change.agreed(), change.channel(), change.text(), change.language()));
		}
		return response(id, this.consents.record(id, changes));
	}

	private ConsentsResponse response(UUID id, List<Consents.Standing> standings) {
		return new ConsentsResponse(id.toString(),
				standings.stream()
					.map(s -> new Standing(s.purpose().value(), s.allowed(),
							s.decision() == null ? "default" : s.decision().agreed() ? "agreed" : "refused",
							s.decision() == null ? null : Decision.of(s.decision())))
					.toList(),
				this.consents.history(id).stream().map(Decision::of).toList());
	}

}
