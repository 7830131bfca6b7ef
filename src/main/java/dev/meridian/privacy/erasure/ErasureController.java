package dev.meridian.privacy.erasure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.meridian.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Admins erase a customer and read the erasure's report. */
@RestController
class ErasureController {

	private final Erasures erasures;

	ErasureController(Erasures erasures) {
		this.erasures = erasures;
	}

	@PostMapping("/api/v1/customers/{id}/erasure")
	ResponseEntity<Map<String, UUID>> start(@PathVariable UUID id) {
		UUID erasureId = this.erasures.start(id);
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.location(ServletUriComponentsBuilder.fromCurrentContextPath()
				.path("/api/v1/privacy/erasures/{id}")
				.build(erasureId))
			.body(Map.of("erasureId", erasureId));
	}

	@GetMapping("/api/v1/privacy/erasures/{id}")
	Map<String, Object> status(@PathVariable UUID id) {
		Erasures.Status status = this.erasures.find(id).orElseThrow(() -> new NotFoundException("Erasure", id));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", status.status());
		body.put("removed", status.removed());
		body.put("held", status.held());
		if (status.error() != null) {
			body.put("error", status.error());
		}
		return body;
	}

}
