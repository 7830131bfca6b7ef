package dev.meridian.commerce.shipments.web;

import java.util.Map;
import java.util.Optional;

import dev.meridian.InvalidValueException;
import dev.meridian.commerce.ShipmentId;
import dev.meridian.commerce.shipments.ShipmentManagement;
import dev.meridian.commerce.shipments.TrackingSettings;
import dev.meridian.commerce.shipments.TrackingSignature;
import dev.meridian.web.api.Problems;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tracking updates from a carrier or an aggregator, one event per delivery. No API token:
 * {@code X-Meridian-Signature: sha256=<hex HMAC-SHA256 of the raw body>} with the shared
 * secret is the authentication, checked before the body is read. A replay (same
 * {@code eventId}, or same status, sub-status and moment) is acknowledged and stored
 * once.
 */
@RestController
@Tag(name = "Commerce")
class TrackingWebhookController {

	private static final Logger log = LoggerFactory.getLogger(TrackingWebhookController.class);

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final TrackingSettings settings;

	private final ShipmentManagement shipments;

	TrackingWebhookController(TrackingSettings settings, ShipmentManagement shipments) {
		this.settings = settings;
		this.shipments = shipments;
	}

	@PostMapping("/api/v1/commerce/webhooks/tracking")
	ResponseEntity<?> receive(@RequestBody(required = false) byte @Nullable [] body,
			@RequestHeader(name = "X-Meridian-Signature", required = false) @Nullable String signature) {
		byte[] raw = body == null ? new byte[0] : body;
		Optional<String> secret = this.settings.configuredSecret();
		if (secret.isEmpty()) {
			log.warn("Tracking webhook refused: no secret configured (meridian.commerce.tracking.secret)");
			return unauthorized();
		}
		if (!TrackingSignature.verify(secret.get(), raw, signature)) {
			return unauthorized();
		}
		TrackingEventRequest payload;
		try {
			payload = JSON.readValue(raw, TrackingEventRequest.class);
		}
		catch (JacksonException ex) {
			throw new InvalidValueException("body", "The body is not a tracking event in JSON");
		}
		if (payload == null || payload.trackingNumber() == null || payload.trackingNumber().isBlank()) {
			throw new InvalidValueException("trackingNumber", "The tracking number is required");
		}
		var draft = payload.toDraft();
		ShipmentId id = this.shipments.byTrackingNumber(payload.carrier(), payload.trackingNumber());
		ShipmentManagement.Added added = this.shipments.addEvent(id, draft, "webhook");
		return ResponseEntity.ok(Map.of("shipmentId", id.toString(), "stored", added.stored(), "status",
				added.shipment().status().value()));
	}

	private static ResponseEntity<?> unauthorized() {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.of(HttpStatus.UNAUTHORIZED, "invalid-signature", "Unauthorized",
					"X-Meridian-Signature is missing or is not the signature of this body"));
	}

}
