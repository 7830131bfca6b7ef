package dev.meridian.channels.email.parsing;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the parser refuses, and what can still be shown of a refused mail.
 */
class MailParserTests {

	final MailParser parser = new MailParser(MailLimits.defaults());

	@Test
	void mailWithoutAnySenderIsUnreadableWithAReason() {
		byte[] raw = "Subject: =?UTF-8?Q?Ohne_Absender?=\r\n\r\nHallo\r\n".getBytes(StandardCharsets.US_ASCII);

		assertThatThrownBy(() -> this.parser.parse(raw)).isInstanceOfSatisfying(UnreadableMailException.class,
				ex -> assertThat(ex.reason()).isEqualTo("no-sender"));
		assertThat(MailParser.rawHeader(raw, "Subject")).isEqualTo("Ohne Absender");
		assertThat(MailParser.rawHeader(raw, "From")).isNull();
	}

	@Test
	void senderIsTakenFromSenderOrReplyToWhenFromIsMissing() {
		ParsedMail mail = this.parser
			.parse("Reply-To: Ana <ana@example.pt>\r\nSubject: x\r\n\r\nbody\r\n".getBytes(StandardCharsets.US_ASCII));

		assertThat(mail.from()).isEqualTo(new Mailbox("ana@example.pt", "Ana"));
	}

	@Test
	void limitsBoundPartsAndAttachmentSizes() {
		StringBuilder raw = new StringBuilder(
				"From: a@example.com\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nhello\r\n");
		for (int i = 0; i < 20; i++) {
			raw.append("--b\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=f")
				.append(i)
				.append(".bin\r\n\r\n0123456789\r\n");
		}
		raw.append("--b--\r\n");

		ParsedMail mail = new MailParser(new MailLimits(5, 10, 5))
			.parse(raw.toString().getBytes(StandardCharsets.US_ASCII));

		assertThat(mail.text()).isEqualTo("hello");
		assertThat(mail.attachments()).isEmpty();
		assertThat(mail.skipped()).isNotEmpty();
		assertThat(mail.problems()).anyMatch(problem -> problem.contains("parts"));
	}

}
