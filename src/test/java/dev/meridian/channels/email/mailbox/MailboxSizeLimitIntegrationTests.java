package dev.meridian.channels.email.mailbox;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.meridian.channels.email.EmailSettings;
import dev.meridian.support.TestMailbox;
import dev.meridian.support.Api;
import dev.meridian.support.CuttingProxy;
import dev.meridian.support.IntegrationTest;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mail over the size limit in an IMAP mailbox (GreenMail, behind a proxy that counts
 * what the server sends): its size is read before its body, so it is never fetched whole;
 * the quarantine keeps its headers, its size and the start of its body, and it is not
 * fetched again. The mails around it become tickets as usual.
 */
@IntegrationTest
class MailboxSizeLimitIntegrationTests {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(
			new ServerSetup[] { ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort() });

	@LocalServerPort
	int port;

	@Autowired
	EmailSettings settings;

	@Autowired
	JdbcClient jdbc;

	static void deliver(GreenMailUser user, String raw) throws Exception {
		user.deliver(new MimeMessage(Session.getInstance(new Properties()),
				new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));
	}

	@Test
	void oversizedMailIsQuarantinedAsAnExcerptWithoutFetchingItsBody() throws Exception {
		Api api = Api.on(this.port);
		String unique = Long.toString(System.nanoTime(), 36);
		String support = "size-" + unique + "@shop.example";
		GreenMailUser user = mail.setUser(support, "size-" + unique, "secret");
		long limit = this.settings.maxMessageSize().toBytes();
		String filler = ("Lorem ipsum dolor sit amet " + unique + "\r\n").repeat((int) (limit * 3 / 2 / 30));
		deliver(user,
				"From: Ana <ana-%1$s@customer.example>\r\nSubject: Before %1$s\r\nMessage-ID: <before-%1$s@c>\r\n\r\nFirst.\r\n"
					.formatted(unique));
		deliver(user,
				"From: Big <big-%1$s@customer.example>\r\nSubject: Huge %1$s\r\nMessage-ID: <huge-%1$s@c>\r\n\r\n%2$s"
					.formatted(unique, filler));
		deliver(user,
				"From: Ana <ana-%1$s@customer.example>\r\nSubject: After %1$s\r\nMessage-ID: <after-%1$s@c>\r\n\r\nThird.\r\n"
					.formatted(unique));

		try (CuttingProxy proxy = CuttingProxy.to(mail.getImap().getPort())) {
			String mailbox = TestMailbox.at(api, "Size " + unique, support, "size-" + unique)
				.imap(proxy.port())
				.create()
				.get("id")
				.asString();

			int fetched = TestMailbox.poll(api, mailbox);
			int again = TestMailbox.poll(api, mailbox);

			assertThat(fetched).isEqualTo(3);
			assertThat(again).isZero();
			// The oversized body never crossed the wire: far less than the limit did.
			assertThat(proxy.bytesFromServer()).isLessThan(limit / 4);
		}
		assertThat(this.jdbc.sql("select subject from tickets where subject like ? order by subject")
			.param("%" + unique)
			.query(String.class)
			.list()).containsExactly("After " + unique, "Before " + unique);
		JsonNode held = null;
		for (JsonNode entry : api.get("/api/v1/channels/email/quarantine?limit=200").json().get("items")) {
			if (("Huge " + unique).equals(entry.get("subject").asString())) {
				assertThat(held).as("held once").isNull();
				held = entry;
			}
		}
		assertThat(held).isNotNull();
		assertThat(held.get("reason").asString()).isEqualTo("too-large");
		assertThat(held.get("from").asString()).isEqualTo("Big <big-" + unique + "@customer.example>");
		assertThat(held.get("size").asLong()).isGreaterThan(limit);
		assertThat(held.get("excerptOnly").asBoolean()).isTrue();
		Api.Response raw = api.get("/api/v1/channels/email/quarantine/" + held.get("id").asString() + "/raw");
		assertThat(raw.status()).isEqualTo(200);
		assertThat(raw.bytes().length).isLessThanOrEqualTo(128 * 1024 + 4);
		assertThat(raw.text()).startsWith("From: Big").contains("Subject: Huge " + unique, "Lorem ipsum");
		Api.Response reimport = api.post("/api/v1/channels/email/quarantine/" + held.get("id").asString() + "/reimport",
				"{}");
		assertThat(reimport.status()).isEqualTo(409);
		assertThat(reimport.json().get("type").asString()).endsWith("excerpt-only");
	}

}
