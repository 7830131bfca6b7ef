package dev.meridian.agents.web;

import java.net.URI;
import java.util.UUID;

import dev.meridian.InvalidValueException;
import dev.meridian.agents.AgentId;
import dev.meridian.agents.Callers;
import dev.meridian.agents.TrainingManagement;
import dev.meridian.agents.TrainingRecordId;
import dev.meridian.web.PageResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Agents' training records and the review of their language certifications (the facade
 * checks who may do what: agents record their own, supervisors review others').
 */
@RestController
@RequestMapping("/api/v1/agents/{id}/training")
@Tag(name = "Training")
class TrainingController {

	private final TrainingManagement training;

	TrainingController(TrainingManagement training) {
		this.training = training;
	}

	@GetMapping
	PageResponse<TrainingResponse> list(@PathVariable UUID id) {
		return PageResponse.of(this.training.records(new AgentId(id)).stream().map(TrainingResponse::of).toList());
	}

	@PostMapping
	ResponseEntity<TrainingResponse> record(@PathVariable UUID id, @RequestBody TrainingRequest request) {
		TrainingResponse created = TrainingResponse
			.of(this.training.record(new AgentId(id), request.toRecord(), Callers.current()));
		return ResponseEntity.created(URI.create("/api/v1/agents/" + id + "/training/" + created.id())).body(created);
	}

	@GetMapping("/{recordId}")
	TrainingResponse get(@PathVariable UUID id, @PathVariable UUID recordId) {
		return TrainingResponse.of(this.training.get(new AgentId(id), new TrainingRecordId(recordId)));
	}

	@PostMapping("/{recordId}/review")
	TrainingResponse review(@PathVariable UUID id, @PathVariable UUID recordId, @RequestBody ReviewRequest request) {
		return TrainingResponse.of(this.training.review(new AgentId(id), new TrainingRecordId(recordId),
				request.approves(), request.note(), Callers.current()));
	}

	/** A supervisor's decision on a certification: {@code approve} or {@code reject}. */
	record ReviewRequest(@Nullable String decision, @Nullable String note) {

		boolean approves() {
			String value = this.decision == null ? "" : this.decision.strip().toLowerCase(java.util.Locale.ROOT);
			return switch (value) {
				case "approve" -> true;
				case "reject" -> false;
				default -> throw new InvalidValueException("decision",
						"'" + this.decision + "' is not a decision: approve or reject");
			};
		}

	}

}
