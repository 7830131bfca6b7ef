package dev.meridian.channels.email.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.meridian.InvalidValueException;
import dev.meridian.NotFoundException;
import dev.meridian.channels.email.intake.EmailIntake;
import dev.meridian.channels.email.intake.ExcerptOnlyException;
import dev.meridian.channels.email.intake.IntakeResult;
import dev.meridian.channels.email.intake.MailRecords;
import dev.meridian.channels.email.intake.Quarantine;
import dev.meridian.channels.email.mailbox.Mailboxes;
import dev.meridian.web.PageResponse;
import dev.meridian.web.api.IdempotentByContent;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The quarantine for admins: what is held and why, the raw source, re-import (after a
 * fix, or to let a rate-limited sender through) and discard. Also the stored original of
 * any ticket message that came by mail.
 */
@RestController
@RequestMapping("/api/v1/channels/email")
class QuarantineController {

	private final Quarantine quarantine;

	private final EmailIntake intake;

	private final Mailboxes mailboxes;

	private final MailRecords records;

	QuarantineController(Quarantine quarantine, EmailIntake intake, Mailboxes mailboxes, MailRecords records) {
		this.quarantine = quarantine;
		this.intake = intake;
		this.mailboxes = mailboxes;
		this.records = records;
	}

	@GetMapping("/quarantine")
	PageResponse<Quarantine.Entry> list(@RequestParam(required = false) @Nullable String status,
			@RequestParam(defaultValue = "50") int limit) {
		if (limit < 1 || limit > 200) {
			throw new InvalidValueException("limit", "limit must be between 1 and 200");
		}
		String wanted = status == null ? null : status.strip().toUpperCase(java.util.Locale.ROOT);
		if (wanted != null && !wanted.matches("HELD|IMPORTED|DISCARDED")) {
			throw new InvalidValueException("status", "'" + status + "' is not one of held, imported, discarded");
		}
		return PageResponse.of(this.quarantine.list(wanted, limit));
	}

	@GetMapping("/quarantine/{id}")
	Quarantine.Entry get(@PathVariable UUID id) {
		return this.quarantine.find(id).orElseThrow(() -> new NotFoundException("Quarantined mail", id));
	}

	/**
	 * The stored source, written to the response in chunks as it is read rather than
	 * loaded whole (on the request's own thread, where its authentication holds).
	 */
	@GetMapping(path = "/quarantine/{id}/raw", produces = "message/rfc822")
	void raw(@PathVariable UUID id, HttpServletResponse response) throws IOException {
		Quarantine.Entry entry = get(id);
		response.setContentType("message/rfc822");
		response.setHeader("X-Meridian-Excerpt-Only", Boolean.toString(entry.excerptOnly()));
		this.quarantine.writeRaw(id, response.getOutputStream());
	}

	/**
	 * Runs the mail through the intake again, as if it had just arrived from its mailbox.
	 * A mail held for a reason that still holds is held again (as a new entry).
	 */
	@IdempotentByContent
	@PostMapping("/quarantine/{id}/reimport")
	Map<String, Object> reimport(@PathVariable UUID id) {
		Quarantine.Entry entry = get(id);
		if (entry.excerptOnly()) {
			throw new ExcerptOnlyException(id);
		}
		byte[] raw = this.quarantine.raw(id).orElseThrow();
		IntakeResult result = this.intake.reimport(raw, entry.mailbox(), this.mailboxes.ownAddresses());
		Map<String, Object> body = new LinkedHashMap<>();
		if (result instanceof IntakeResult.Stored stored) {
			this.quarantine.imported(id, stored.ticketId(), stored.messageId());
			body.put("ticketId", stored.ticketId());
			body.put("messageId", stored.messageId());
		}
		else if (result instanceof IntakeResult.Quarantined held) {
			body.put("quarantineId", held.quarantineId());
			body.put("reason", held.reason());
		}
		return body;
	}

	@PostMapping("/quarantine/{id}/discard")
	ResponseEntity<Void> discard(@PathVariable UUID id) {
		get(id);
		this.quarantine.discard(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping(path = "/messages/{messageId}/source", produces = "message/rfc822")
	ResponseEntity<byte[]> source(@PathVariable UUID messageId) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("message/rfc822"))
			.body(this.records.source(messageId).orElseThrow(() -> new NotFoundException("Mail source", messageId)));
	}

}
