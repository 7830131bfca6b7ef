package dev.meridian.channels.email.parsing;

import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a mail was written by a person or sent by a machine, from the headers
 * machines set: RFC 3834 {@code Auto-Submitted}, {@code Precedence}, Microsoft's
 * {@code X-Auto-Response-Suppress} and {@code X-MS-Exchange-Generated-Message-Source},
 * the vacation programs' {@code X-Autoreply}/{@code X-Autorespond}, mailing-list headers
 * (RFC 2369/2919), and for bounces RFC 3464 reports or a mailer daemon's From.
 */
record MailSignals(MailKind kind, @Nullable String reason) {

	private static final Pattern DAEMON = Pattern
		.compile("(?i)^(mailer-daemon|postmaster|mail-daemon|mailerdaemon)@.*");

	private static final Pattern BOUNCE_SUBJECT = Pattern.compile(
			"(?i).*(undeliver|delivery status notification|delivery (has )?failed|mail delivery failed|returned mail|failure notice|non[- ]?remis|unzustellbar|nicht zustellbar|no se puede entregar|no entregado|não entregue|non recapitabile|配信不能|配信エラー|無法傳遞|退信|발송 실패|не доставлено|недоставленное).*");

	private static final Pattern AUTO_REPLY_SUBJECT = Pattern.compile(
			"(?i)^(auto(matic)?[ -]?(reply|response|antwort)|out of (the )?office|abwesenheit|absence|réponse automatique|respuesta automática|resposta automática|risposta automatica|fuera de la oficina|不在|自動応答|自动回复|자동 응답|автоответ).*");

	static MailSignals of(MimeMessage message, Mailbox from, String subject) {
		String contentType = lower(MailParser.header(message, "Content-Type"));
		if (contentType.startsWith("multipart/report") && contentType.contains("delivery-status")) {
			return new MailSignals(MailKind.BOUNCE, "Content-Type: multipart/report; report-type=delivery-status");
		}
		if (MailParser.header(message, "X-Failed-Recipients") != null) {
			return new MailSignals(MailKind.BOUNCE, "X-Failed-Recipients");
		}
		if (DAEMON.matcher(from.address()).matches() && BOUNCE_SUBJECT.matcher(subject).matches()) {
			return new MailSignals(MailKind.BOUNCE, "From: " + from.address());
		}
		String autoSubmitted = lower(MailParser.header(message, "Auto-Submitted"));
		if (autoSubmitted.startsWith("auto-replied")) {
			return new MailSignals(MailKind.AUTO_REPLY, "Auto-Submitted: " + autoSubmitted);
		}
		if (!autoSubmitted.isEmpty() && !autoSubmitted.equals("no")) {
			return new MailSignals(MailKind.BULK, "Auto-Submitted: " + autoSubmitted);
		}
		if (MailParser.header(message, "X-Autoreply") != null || MailParser.header(message, "X-Autorespond") != null
				|| MailParser.header(message, "X-Autoresponder") != null) {
			return new MailSignals(MailKind.AUTO_REPLY, "X-Autoreply");
		}
		if (MailParser.header(message, "X-MS-Exchange-Generated-Message-Source") != null
				|| lower(MailParser.header(message, "X-MS-Exchange-Inbox-Rules-Loop")).length() > 0) {
			return new MailSignals(MailKind.AUTO_REPLY, "X-MS-Exchange-Generated-Message-Source");
		}
		String suppress = lower(MailParser.header(message, "X-Auto-Response-Suppress"));
		if (suppress.contains("all") || suppress.contains("oof") || suppress.contains("autoreply")) {
			// Outlook sets this on its own automatic mail (out of office, receipts).
			return new MailSignals(AUTO_REPLY_SUBJECT.matcher(subject).matches() ? MailKind.AUTO_REPLY : MailKind.BULK,
					"X-Auto-Response-Suppress: " + suppress);
		}
		String precedence = lower(MailParser.header(message, "Precedence"));
		if (precedence.equals("bulk") || precedence.equals("list") || precedence.equals("junk")
				|| precedence.equals("auto_reply")) {
			return new MailSignals(precedence.equals("auto_reply") ? MailKind.AUTO_REPLY : MailKind.BULK,
					"Precedence: " + precedence);
		}
		for (String list : new String[] { "List-Id", "List-Unsubscribe", "List-Post", "Mailing-List" }) {
			if (MailParser.header(message, list) != null) {
				return new MailSignals(MailKind.BULK, list);
			}
		}
		if (AUTO_REPLY_SUBJECT.matcher(subject).matches() && MailParser.header(message, "In-Reply-To") == null
				&& lower(MailParser.header(message, "X-Autoreply")).isEmpty()
				&& lower(MailParser.header(message, "Return-Path")).equals("<>")) {
			return new MailSignals(MailKind.AUTO_REPLY, "Return-Path: <>");
		}
		if (lower(MailParser.header(message, "Return-Path")).equals("<>")) {
			return new MailSignals(MailKind.BULK, "Return-Path: <>");
		}
		return new MailSignals(MailKind.PERSONAL, null);
	}

	private static String lower(@Nullable String value) {
		return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
	}

}
