package dev.meridian.channels.email.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import dev.meridian.NotFoundException;
import dev.meridian.channels.email.intake.EmailIntake;
import dev.meridian.channels.email.intake.IntakeResult;
import dev.meridian.channels.email.intake.Quarantine;
import dev.meridian.channels.email.mailbox.MailboxPoller;
import dev.meridian.channels.email.mailbox.Mailboxes;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin screen for email: mailboxes with where their polling stands, and the
 * quarantine with each held mail's reason, its source, re-import and discard.
 */
@Controller
@RequestMapping("/app/admin/email")
class EmailAdminController {

	/** Enough of a source to judge it; the whole is a download away. */
	private static final int PREVIEW_BYTES = 20_000;

	private final Mailboxes mailboxes;

	private final MailboxPoller poller;

	private final Quarantine quarantine;

	private final EmailIntake intake;

	private final MessageSource messages;

	EmailAdminController(Mailboxes mailboxes, MailboxPoller poller, Quarantine quarantine, EmailIntake intake,
			MessageSource messages) {
		this.mailboxes = mailboxes;
		this.poller = poller;
		this.quarantine = quarantine;
		this.intake = intake;
		this.messages = messages;
	}

	@GetMapping
	String overview(Model model) {
		model.addAttribute("mailboxes", this.mailboxes.all());
		model.addAttribute("held", this.quarantine.list("HELD", 100));
		return "email/admin";
	}

	@GetMapping("/quarantine/{id}")
	String held(@PathVariable UUID id, Model model) {
		Quarantine.Entry entry = this.quarantine.find(id)
			.orElseThrow(() -> new NotFoundException("Quarantined mail", id));
		// Only the start is read from the database, however large the mail.
		Quarantine.Preview preview = this.quarantine.preview(id, PREVIEW_BYTES)
			.orElse(new Quarantine.Preview(new byte[0], 0));
		model.addAttribute("entry", entry);
		// Shown as Latin-1 so every byte is visible as it was received, whatever it is.
		model.addAttribute("source", new String(preview.start(), StandardCharsets.ISO_8859_1));
		model.addAttribute("truncated", preview.storedSize() > preview.start().length);
		return "email/quarantined";
	}

	@PostMapping("/quarantine/{id}/reimport")
	String reimport(@PathVariable UUID id, RedirectAttributes redirect) {
		Quarantine.Entry entry = this.quarantine.find(id)
			.orElseThrow(() -> new NotFoundException("Quarantined mail", id));
		if (entry.excerptOnly()) {
			redirect.addFlashAttribute("problem", text("email.admin.excerptOnly"));
			return "redirect:/app/admin/email/quarantine/" + id;
		}
		IntakeResult result = this.intake.reimport(this.quarantine.raw(id).orElseThrow(), entry.mailbox(),
				this.mailboxes.ownAddresses());
		if (result instanceof IntakeResult.Stored stored) {
			this.quarantine.imported(id, stored.ticketId(), stored.messageId());
			redirect.addFlashAttribute("notice", text("email.admin.reimported"));
			return "redirect:/app/admin/email";
		}
		IntakeResult.Quarantined again = (IntakeResult.Quarantined) result;
		this.quarantine.discard(id);
		redirect.addFlashAttribute("problem", text("email.admin.heldAgain") + " " + reason(again.reason()));
		return "redirect:/app/admin/email/quarantine/" + again.quarantineId();
	}

	@PostMapping("/quarantine/{id}/discard")
	String discard(@PathVariable UUID id, RedirectAttributes redirect) {
		this.quarantine.find(id).orElseThrow(() -> new NotFoundException("Quarantined mail", id));
		this.quarantine.discard(id);
		redirect.addFlashAttribute("notice", text("email.admin.discarded"));
		return "redirect:/app/admin/email";
	}

	@PostMapping("/mailboxes/{id}/poll")
	String poll(@PathVariable UUID id, RedirectAttributes redirect) {
		this.mailboxes.find(id).orElseThrow(() -> new NotFoundException("Mailbox", id));
		int fetched = this.poller.poll(id);
		String error = this.mailboxes.find(id).orElseThrow().lastError();
		if (error != null) {
			redirect.addFlashAttribute("problem", text("email.admin.pollFailed") + " " + error);
		}
		else {
			redirect.addFlashAttribute("notice",
					this.messages.getMessage("email.admin.polled", new Object[] { fetched }, locale()));
		}
		return "redirect:/app/admin/email";
	}

	private String reason(String code) {
		return this.messages.getMessage("email.reason." + code, null, code, locale());
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
