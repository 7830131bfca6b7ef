package dev.meridian.channels.email;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import dev.meridian.support.Api;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loop protection and bounces through the inbound endpoint: automatic replies never
 * reopen a ticket, a bounce joins the ticket of the mail that bounced and marks the reply
 * as bounced, and a sender over the hourly limit is held until an admin lets the mail in.
 */
@IntegrationTest
class EmailLoopsAndBouncesIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
	}

	JsonNode post(String raw) {
		Api.Response response = this.api.post("/api/v1/channels/email/inbound", raw.getBytes(StandardCharsets.UTF_8),
				"message/rfc822");
		assertThat(response.status()).as(response.toString()).isEqualTo(202);
		return response.json();
	}

	@Test
	void outOfOfficeReplyIsANoteAndDoesNotReopenASolvedTicket() {
		String id = Long.toString(System.nanoTime(), 36);
		String ticketId = post(
				"From: Anna <anna.%1$s@example.de>\r\nSubject: Rechnung\r\nMessage-ID: <q-%1$s@example.de>\r\n\r\nBitte um Rechnung.\r\n"
					.formatted(id))
			.get("ticketId")
			.asString();
		assertThat(this.api.patch("/api/v1/tickets/" + ticketId, "{\"status\":\"solved\"}").status()).isEqualTo(200);

		JsonNode auto = post("""
				From: Anna <anna.%1$s@example.de>\r
				Subject: Automatische Antwort: Rechnung\r
				Auto-Submitted: auto-replied\r
				X-Auto-Response-Suppress: All\r
				In-Reply-To: <q-%1$s@example.de>\r
				\r
				Ich bin nicht im Büro.\r
				""".formatted(id));

		assertThat(auto.get("ticketId").asString()).isEqualTo(ticketId);
		assertThat(this.api.get("/api/v1/tickets/" + ticketId).json().get("status").asString()).isEqualTo("solved");
		JsonNode note = this.api.get("/api/v1/tickets/" + ticketId + "/messages").json().get("items").get(1);
		assertThat(note.get("visibility").asString()).isEqualTo("internal");
		assertThat(note.get("from").get("address").asString()).isEqualTo("anna." + id + "@example.de");
	}

	@Test
	void bounceJoinsTheTicketOfTheReplyThatBouncedAndMarksItBounced() throws Exception {
		String id = Long.toString(System.nanoTime(), 36);
		String customer = "gone." + id + "@example.com";
		String ticketId = post("From: %s\r\nSubject: Where is it\r\n\r\nMy order?\r\n".formatted(customer))
			.get("ticketId")
			.asString();
		String replyId = this.api.post("/api/v1/tickets/" + ticketId + "/messages", "{\"body\":\"On its way.\"}")
			.json()
			.get("id")
			.asString();
		waitFor(() -> {
			JsonNode reply = this.api.get("/api/v1/tickets/" + ticketId + "/messages").json().get("items").get(1);
			return reply.get("delivery") == null || reply.get("delivery").isNull() ? null : reply;
		});

		JsonNode bounce = post("""
				From: Mail Delivery System <MAILER-DAEMON@mx.example.com>\r
				Subject: Undelivered Mail Returned to Sender\r
				MIME-Version: 1.0\r
				Content-Type: multipart/report; report-type=delivery-status; boundary="b"\r
				\r
				--b\r
				Content-Type: text/plain\r
				\r
				Your message could not be delivered.\r
				--b\r
				Content-Type: message/delivery-status\r
				\r
				Reporting-MTA: dns; mx.example.com\r
				\r
				Final-Recipient: rfc822; %s\r
				Action: failed\r
				Status: 5.1.1\r
				Diagnostic-Code: smtp; 550 5.1.1 User unknown\r
				\r
				--b\r
				Content-Type: text/rfc822-headers\r
				\r
				Message-ID: <reply.%s@meridian.localhost>\r
				\r
				--b--\r
				""".formatted(customer, replyId));

		assertThat(bounce.get("ticketId").asString()).isEqualTo(ticketId);
		JsonNode messages = this.api.get("/api/v1/tickets/" + ticketId + "/messages").json().get("items");
		assertThat(messages.get(1).get("delivery").get("status").asString()).isEqualTo("bounced");
		assertThat(messages.get(1).get("delivery").get("detail").asString()).contains("5.1.1");
		assertThat(messages.get(2).get("visibility").asString()).isEqualTo("internal");
		assertThat(messages.get(2).get("text").asString()).contains("could not be delivered");
	}

	@Test
	void bounceForAnUnknownMailIsHeld() {
		JsonNode held = post(
				"From: MAILER-DAEMON@mx.example.com\r\nSubject: failure notice\r\nX-Failed-Recipients: x@example.org\r\n\r\nMessage-ID: <nothing-we-sent@example.org>\r\n");

		assertThat(held.get("reason").asString()).isEqualTo("bounce-unmatched");
	}

	@Test
	void senderOverTheHourlyLimitIsHeldAndAnAdminCanLetTheMailIn() {
		String id = Long.toString(System.nanoTime(), 36);
		JsonNode last = null;
		for (int i = 0; i <= 30; i++) {
			last = post(
					"From: loop.%1$s@example.net\r\nSubject: Ticket %2$d\r\nMessage-ID: <loop-%2$d-%1$s@example.net>\r\n\r\nAuto %2$d\r\n"
						.formatted(id, i));
		}

		assertThat(last.get("reason").asString()).isEqualTo("sender-rate-limit");
		String quarantineId = last.get("quarantineId").asString();
		JsonNode entry = this.api.get("/api/v1/channels/email/quarantine/" + quarantineId).json();
		assertThat(entry.get("from").asString()).isEqualTo("loop." + id + "@example.net");
		assertThat(this.api.get("/api/v1/channels/email/quarantine/" + quarantineId + "/raw").text())
			.contains("Subject: Ticket 30");

		JsonNode reimported = this.api.post("/api/v1/channels/email/quarantine/" + quarantineId + "/reimport", "{}")
			.json();

		assertThat(reimported.get("ticketId").asString()).isNotBlank();
		assertThat(this.api.get("/api/v1/channels/email/quarantine/" + quarantineId).json().get("status").asString())
			.isEqualTo("IMPORTED");
	}

	@Test
	void quarantineAndMailboxesAreForAdminsOnly() {
		String token = this.api
			.post("/api/v1/tokens", "{\"name\":\"mail service\",\"role\":\"agent\",\"scopes\":[\"tickets:write\"]}")
			.json()
			.get("secret")
			.asString();

		assertThat(this.api.withToken(token).get("/api/v1/channels/email/quarantine").status()).isEqualTo(403);
		assertThat(
				this.api.withToken(token)
					.post("/api/v1/channels/email/inbound",
							"From: svc@example.com\r\nSubject: via token\r\n\r\nHi\r\n"
								.getBytes(StandardCharsets.UTF_8),
							"message/rfc822")
					.status())
			.isEqualTo(202);
	}

	private static <T> T waitFor(Supplier<T> probe) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(deadline)) {
			T value = probe.get();
			if (value != null) {
				return value;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("Not within 30 seconds");
	}

}
