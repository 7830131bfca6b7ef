package dev.meridian.channels.email.web;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.meridian.channels.email.intake.EmailIntake;
import dev.meridian.channels.email.intake.IntakeResult;
import dev.meridian.channels.email.mailbox.Mailboxes;
import dev.meridian.web.api.IdempotentByContent;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accepts a raw RFC 5322 mail, as inbound-mail services post it. Every mail is accepted
 * (202): stored as a ticket message, or held in the quarantine with a reason.
 */
@RestController
@RequestMapping("/api/v1/channels/email")
class InboundMailController {

	private final EmailIntake intake;

	private final Mailboxes mailboxes;

	InboundMailController(EmailIntake intake, Mailboxes mailboxes) {
		this.intake = intake;
		this.mailboxes = mailboxes;
	}

	@IdempotentByContent
	@PostMapping(path = "/inbound",
			consumes = { "message/rfc822", "message/global", "text/plain", "application/octet-stream" })
	@Operation(summary = "Receive a raw mail",
			description = "Body: the raw RFC 5322 message. 202 with {ticketId, messageId} when stored"
					+ " (duplicate: true when it was stored before), or {quarantineId, reason} when held.")
	ResponseEntity<Map<String, Object>> inbound(@RequestBody(required = false) byte[] raw) {
		IntakeResult result = this.intake.receive(raw == null ? new byte[0] : raw,
				EmailIntake.Origin.endpoint(this.mailboxes.ownAddresses()));
		Map<String, Object> body = new LinkedHashMap<>();
		if (result instanceof IntakeResult.Stored stored) {
			body.put("ticketId", stored.ticketId());
			body.put("messageId", stored.messageId());
			if (stored.duplicate()) {
				body.put("duplicate", true);
			}
		}
		else if (result instanceof IntakeResult.Quarantined held) {
			body.put("quarantineId", held.quarantineId());
			body.put("reason", held.reason());
		}
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(body);
	}

}
