package dev.meridian.channels.email.web;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.meridian.NotFoundException;
import dev.meridian.channels.email.mailbox.MailboxPoller;
import dev.meridian.channels.email.mailbox.MailboxSettings;
import dev.meridian.channels.email.mailbox.Mailboxes;
import dev.meridian.web.PageResponse;
import dev.meridian.web.api.IdempotentByContent;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Mailboxes for admins: create, change, remove, and poll now. Secrets are write-only.
 */
@RestController
@RequestMapping("/api/v1/channels/email/mailboxes")
class MailboxController {

	private final Mailboxes mailboxes;

	private final MailboxPoller poller;

	MailboxController(Mailboxes mailboxes, MailboxPoller poller) {
		this.mailboxes = mailboxes;
		this.poller = poller;
	}

	record MailboxResponse(UUID id, String name, String address, @Nullable String displayName, @Nullable UUID team,
			@Nullable String market, MailboxSettings.@Nullable Server imap, MailboxSettings.@Nullable Server smtp,
			@Nullable String username, String auth, boolean hasSecret, int pollSeconds, boolean enabled,
			@Nullable Long uidValidity, long lastUid, @Nullable Instant lastPollAt, @Nullable String lastError) {

		static MailboxResponse of(MailboxSettings m) {
			return new MailboxResponse(m.id(), m.name(), m.address(), m.displayName(), m.team(), m.market(), m.imap(),
					m.smtp(), m.username(), m.auth().name().toLowerCase(java.util.Locale.ROOT), m.secret() != null,
					m.pollSeconds(), m.enabled(), m.uidValidity(), m.lastUid(), m.lastPollAt(), m.lastError());
		}

	}

	@GetMapping
	PageResponse<MailboxResponse> list() {
		return PageResponse.of(this.mailboxes.all().stream().map(MailboxResponse::of).toList());
	}

	@GetMapping("/{id}")
	MailboxResponse get(@PathVariable UUID id) {
		return MailboxResponse.of(find(id));
	}

	@PostMapping
	ResponseEntity<MailboxResponse> create(@RequestBody MailboxRequest request) {
		MailboxSettings saved = this.mailboxes.save(request.toSettings(UUID.randomUUID(), null));
		return ResponseEntity.created(URI.create("/api/v1/channels/email/mailboxes/" + saved.id()))
			.body(MailboxResponse.of(saved));
	}

	@PutMapping("/{id}")
	MailboxResponse update(@PathVariable UUID id, @RequestBody MailboxRequest request) {
		return MailboxResponse.of(this.mailboxes.save(request.toSettings(id, find(id))));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		find(id);
		this.mailboxes.delete(id);
		return ResponseEntity.noContent().build();
	}

	@IdempotentByContent
	@PostMapping("/{id}/poll")
	Map<String, Object> poll(@PathVariable UUID id) {
		find(id);
		int fetched = this.poller.poll(id);
		MailboxSettings after = find(id);
		return after.lastError() == null ? Map.of("fetched", fetched)
				: Map.of("fetched", fetched, "error", after.lastError());
	}

	private MailboxSettings find(UUID id) {
		return this.mailboxes.find(id).orElseThrow(() -> new NotFoundException("Mailbox", id));
	}

}
