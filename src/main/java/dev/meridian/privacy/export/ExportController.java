package dev.meridian.privacy.export;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.meridian.NotFoundException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Admins start a customer's export and follow it; the download link works once, without a
 * token, until it expires.
 */
@RestController
class ExportController {

	private final Exports exports;

	ExportController(Exports exports) {
		this.exports = exports;
	}

	@PostMapping("/api/v1/customers/{id}/export")
	ResponseEntity<Map<String, UUID>> start(@PathVariable UUID id) {
		UUID exportId = this.exports.start(id);
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.location(ServletUriComponentsBuilder.fromCurrentContextPath()
				.path("/api/v1/privacy/exports/{id}")
				.build(exportId))
			.body(Map.of("exportId", exportId));
	}

	@GetMapping("/api/v1/privacy/exports/{id}")
	Map<String, Object> status(@PathVariable UUID id) {
		Exports.Status status = this.exports.find(id).orElseThrow(() -> new NotFoundException("Export", id));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", status.status());
		if (status.downloadToken() != null && status.downloadedAt() == null) {
			body.put("downloadUrl",
					ServletUriComponentsBuilder.fromCurrentContextPath()
						.path("/api/v1/privacy/downloads/{token}")
						.build(status.downloadToken())
						.toString());
			body.put("expiresAt", status.expiresAt());
		}
		if (status.downloadedAt() != null) {
			body.put("downloadedAt", status.downloadedAt());
		}
		if (status.error() != null) {
			body.put("error", status.error());
		}
		return body;
	}

	@GetMapping("/api/v1/privacy/downloads/{token}")
	ResponseEntity<?> download(@PathVariable String token) {
		return this.exports.download(token)
			.<ResponseEntity<?>>map(zip -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType("application/zip"))
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"personal-data.zip\"")
				.header(HttpHeaders.CACHE_CONTROL, "no-store")
				.body(zip))
			.orElseGet(() -> {
				ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE,
						"This download link is unknown, was used already or has expired");
				problem.setTitle("Gone");
				return ResponseEntity.status(HttpStatus.GONE)
					.contentType(MediaType.APPLICATION_PROBLEM_JSON)
					.body(problem);
			});
	}

}
