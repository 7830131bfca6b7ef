package dev.meridian.channels.email.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;

/**
 * Reads a bounce: an RFC 3464 delivery-status report when there is one, else what common
 * non-standard bounces (Exim's X-Failed-Recipients, qmail, Postfix and Exchange texts in
 * any language) say, read by shape rather than by wording.
 */
final class DeliveryReports {

	private static final Pattern FIELD = Pattern.compile("(?im)^([A-Za-z-]+):\\s*(.*)$");

	private static final Pattern STATUS = Pattern.compile("\\b([245]\\.\\d{1,3}\\.\\d{1,3})\\b");

	/**
	 * An address; tried only where a run of address characters starts (the look-behind),
	 * so a long run without an at sign is stepped through once, not once per character.
	 */
	private static final Pattern ADDRESS = Pattern
		.compile("<?(?<![A-Za-z0-9._%+'=-])([A-Za-z0-9._%+'=-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})>?");

	/**
	 * The most of a bounce's text and report read: what a delivery report says of the
	 * failed recipients is at its start; the rest is the returned mail.
	 */
	private static final int MAX_SCANNED = 256 * 1024;

	private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^(?:Original-)?Message-ID:\\s*<([^<>\\s]+)>");

	private DeliveryReports() {
	}

	static DeliveryReport read(PartWalker walker, String fullText, Mailbox from, MimeMessage message) {
		String text = capped(fullText);
		List<DeliveryReport.FailedRecipient> recipients = new ArrayList<>();
		boolean permanent = true;
		if (walker.deliveryStatus() != null) {
			permanent = fromReport(capped(walker.deliveryStatus()), recipients);
		}
		if (recipients.isEmpty()) {
			String failed = MailParser.header(message, "X-Failed-Recipients");
			if (failed != null) {
				for (String address : failed.split(",")) {
					addAddress(address, recipients, firstStatus(text), null);
				}
			}
		}
		if (recipients.isEmpty()) {
			Matcher matcher = ADDRESS.matcher(text);
			String status = firstStatus(text);
			while (matcher.find() && recipients.size() < 5) {
				String address = matcher.group(1);
				if (!address.equalsIgnoreCase(from.address())) {
					addAddress(address, recipients, status, null);
					break;
				}
			}
		}
		String original = null;
		if (walker.returnedHeaders() != null) {
			original = messageId(capped(walker.returnedHeaders()));
		}
		if (original == null) {
			original = messageId(text);
		}
		if (original == null) {
			List<String> answered = MailParser.ids(MailParser.header(message, "In-Reply-To"));
			original = answered.isEmpty() ? null : answered.get(0);
		}
		return new DeliveryReport(recipients, original, permanent);
	}

	/**
	 * Per-recipient fields of a delivery-status report; true when a failure is permanent.
	 */
	private static boolean fromReport(String report, List<DeliveryReport.FailedRecipient> recipients) {
		String unfolded = report.replaceAll("\\r?\\n[ \\t]+", " ");
		boolean permanent = false;
		for (String block : unfolded.split("\\r?\\n\\s*\\r?\\n")) {
			String recipient = null;
			String action = null;
			String status = null;
			String diagnostic = null;
			Matcher field = FIELD.matcher(block);
			while (field.find()) {
				String name = field.group(1).toLowerCase(Locale.ROOT);
				String value = field.group(2).strip();
				switch (name) {
					case "final-recipient" -> recipient = value;
					case "original-recipient" -> recipient = recipient == null ? value : recipient;
					case "action" -> action = value.toLowerCase(Locale.ROOT);
					case "status" -> status = value;
					case "diagnostic-code" -> diagnostic = value;
					default -> {
					}
				}
			}
			if (recipient != null && (action == null || action.startsWith("failed") || action.startsWith("delayed"))) {
				int semicolon = recipient.indexOf(';');
				addAddress(semicolon >= 0 ? recipient.substring(semicolon + 1) : recipient, recipients, status,
						diagnostic);
				permanent |= action == null || action.startsWith("failed") || status != null && status.startsWith("5");
			}
		}
		return permanent || recipients.isEmpty();
	}

	private static String capped(String value) {
		return value.length() <= MAX_SCANNED ? value : value.substring(0, MAX_SCANNED);
	}

	private static void addAddress(String value, List<DeliveryReport.FailedRecipient> recipients,
			@Nullable String status, @Nullable String diagnostic) {
		Matcher matcher = ADDRESS.matcher(value.strip());
		if (matcher.find()) {
			recipients.add(new DeliveryReport.FailedRecipient(matcher.group(1), status,
					diagnostic == null || diagnostic.length() <= 900 ? diagnostic : diagnostic.substring(0, 900)));
		}
	}

	private static @Nullable String firstStatus(String text) {
		Matcher matcher = STATUS.matcher(text);
		return matcher.find() ? matcher.group(1) : null;
	}

	private static @Nullable String messageId(String text) {
		Matcher matcher = MESSAGE_ID.matcher(text);
		return matcher.find() ? matcher.group(1) : null;
	}

}
