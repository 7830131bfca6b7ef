package dev.meridian.channels.email.mailbox;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.meridian.support.TestMailbox;
import dev.meridian.support.Api;
import dev.meridian.support.CuttingProxy;
import dev.meridian.support.IntegrationTest;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crash test: the IMAP server (GreenMail behind a proxy) drops the connection in the
 * middle of a poll, at points from the login to the middle of a mail's body and the flags
 * after a batch. After the poller recovers (later polls, no restart) every mail is a
 * ticket exactly once: none lost, none doubled. The figures are logged (README,
 * "Reliability").
 */
@IntegrationTest
class MailboxDisconnectIntegrationTests {

	private static final Logger log = LoggerFactory.getLogger(MailboxDisconnectIntegrationTests.class);

	static final int MAILS = 40;

	/** Server bytes after which a connection is cut, one cut per poll. */
	static final long[] CUTS = { 40, 300, 1_500, 20_000, 90_000, 250_000, 700_000, 1_300_000 };

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(
			new ServerSetup[] { ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort() });

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aConnectionDroppedMidFetchLosesAndDoublesNoMail() throws Exception {
		Api api = Api.on(this.port);
		String unique = Long.toString(System.nanoTime(), 36);
		String support = "cut-" + unique + "@shop.example";
		GreenMailUser user = mail.setUser(support, "cut-" + unique, "secret");
		for (int i = 0; i < MAILS; i++) {
			// Sizes from a line to about 100 KB, so cuts land in headers, bodies and
			// flags;
			// every fifth without a Message-ID (recognised by its bytes instead).
			String body = ("Mail " + i + " of the crash test, line after line.\r\n").repeat(1 + (i * 37 % 11) * 200);
			String raw = "From: Customer " + i + " <c" + i + "-" + unique + "@customer.example>\r\n" + "Subject: Cut "
					+ unique + " #" + i + "\r\n"
					+ (i % 5 == 0 ? "" : "Message-ID: <cut-" + i + "-" + unique + "@c>\r\n") + "\r\n" + body;
			user.deliver(new MimeMessage(Session.getInstance(new Properties()),
					new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));
		}
		int polls = 0;
		int failedPolls = 0;
		try (CuttingProxy proxy = CuttingProxy.to(mail.getImap().getPort())) {
			String mailbox = TestMailbox.at(api, "Cut " + unique, support, "cut-" + unique)
				.imap(proxy.port())
				.create()
				.get("id")
				.asString();
			for (long cut : CUTS) {
				proxy.cutOnceAfter(cut);
				api.post("/api/v1/channels/email/mailboxes/" + mailbox + "/poll", "{}");
				polls++;
				if (proxy.hasCut()) {
					failedPolls++;
				}
			}
			// Recovery: poll until a poll finds nothing new and ends without an error.
			for (int round = 0; round < 10; round++) {
				int fetched = TestMailbox.poll(api, mailbox);
				polls++;
				boolean clean = api.get("/api/v1/channels/email/mailboxes/" + mailbox).json().get("lastError") == null
						|| api.get("/api/v1/channels/email/mailboxes/" + mailbox).json().get("lastError").isNull();
				if (fetched == 0 && clean) {
					break;
				}
			}
		}
		Map<String, Long> tickets = this.jdbc
			.sql("select subject, count(*) from tickets where subject like ? group by subject")
			.param("Cut " + unique + " #%")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		long messages = this.jdbc.sql("""
				select count(*) from messages m join tickets t on t.id = m.ticket_id
				where t.subject like ? and m.author_type = 'CUSTOMER'""")
			.param("Cut " + unique + " #%")
			.query(Long.class)
			.single();
		long duplicates = tickets.values().stream().mapToLong(n -> n - 1).sum() + (messages - tickets.size());
		log.info(
				"Mailbox crash test: {} mails sent, {} polls ({} cut mid-way), {} tickets found, {} messages, {} duplicated",
				MAILS, polls, failedPolls, tickets.size(), messages, duplicates);

		assertThat(failedPolls).isGreaterThanOrEqualTo(CUTS.length - 1);
		assertThat(tickets).hasSize(MAILS);
		assertThat(tickets.values()).containsOnly(1L);
		assertThat(messages).isEqualTo(MAILS);
	}

}
