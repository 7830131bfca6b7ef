package dev.meridian.channels.email;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.meridian.channels.email.intake.HostileMails;
import dev.meridian.support.Api;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Raw mail posted to the inbound endpoint, read back through the tickets API.
 */
@IntegrationTest
class InboundMailApiIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	@Autowired
	EmailSettings settings;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
	}

	static String unique() {
		return Long.toString(System.nanoTime(), 36);
	}

	Api.Response post(String raw) {
		return post(raw.getBytes(StandardCharsets.ISO_8859_1));
	}

	Api.Response post(byte[] raw) {
		return this.api.post("/api/v1/channels/email/inbound", raw, "message/rfc822");
	}

	@Test
	void storesMailAsTicketWithDecodedSenderSubjectTextAndAttachments() {
		String id = unique();
		String raw = """
				From: =?ISO-2022-JP?B?GyRCOzNFRBsoQiAbJEJCQE86GyhC?= <taro.%1$s@example.jp>
				To: support@meridian.example
				Subject: =?UTF-8?B?5rOo5paH44GM5bGK44GN44G+44Gb44KT?=
				Message-ID: <first-%1$s@example.jp>
				MIME-Version: 1.0
				Content-Type: multipart/mixed; boundary="b1"

				--b1
				Content-Type: text/plain; charset=UTF-8
				Content-Transfer-Encoding: 8bit

				注文した商品がまだ届いていません。
				--b1
				Content-Type: application/pdf
				Content-Disposition: attachment; filename*=UTF-8''%%E8%%AB%%8B%%E6%%B1%%82%%E6%%9B%%B8.pdf
				Content-Transfer-Encoding: base64

				JVBERi0xLjQK
				--b1--
				""".formatted(id).replace("\n", "\r\n");

		Api.Response response = post(raw.getBytes(StandardCharsets.UTF_8));

		assertThat(response.status()).as(response.toString()).isEqualTo(202);
		String ticketId = response.json().get("ticketId").asString();
		assertThat(response.json().get("messageId").asString()).isNotBlank();
		JsonNode message = this.api.get("/api/v1/tickets/" + ticketId + "/messages").json().get("items").get(0);
		assertThat(message.get("from").get("address").asString()).isEqualTo("taro." + id + "@example.jp");
		assertThat(message.get("from").get("name").asString()).isEqualTo("山田 太郎");
		assertThat(message.get("subject").asString()).isEqualTo("注文が届きません");
		assertThat(message.get("text").asString()).isEqualTo("注文した商品がまだ届いていません。");
		JsonNode attachment = message.get("attachments").get(0);
		assertThat(attachment.get("name").asString()).isEqualTo("請求書.pdf");
		assertThat(attachment.get("mediaType").asString()).isEqualTo("application/pdf");
		assertThat(attachment.get("size").asLong()).isEqualTo(9);
		JsonNode ticket = this.api.get("/api/v1/tickets/" + ticketId).json();
		assertThat(ticket.get("channel").asString()).isEqualTo("email");
		assertThat(ticket.get("customer").get("name").asString()).isEqualTo("山田太郎");
	}

	@Test
	void replyJoinsTheTicketOfTheMailItAnswersAndTheSameMailTwiceIsStoredOnce() {
		String id = unique();
		String first = "From: Ana <ana.%1$s@example.pt>\r\nSubject: Encomenda\r\nMessage-ID: <a-%1$s@example.pt>\r\n\r\nOlá, a minha encomenda não chegou.\r\n"
			.formatted(id);
		String reply = "From: Ana <ana.%1$s@example.pt>\r\nSubject: Re: Encomenda\r\nMessage-ID: <b-%1$s@example.pt>\r\nIn-Reply-To: <a-%1$s@example.pt>\r\n\r\nAinda nada.\r\n\r\nEm 1 de jan. de 2026, Suporte escreveu:\r\n> Vamos verificar.\r\n"
			.formatted(id);

		String ticketId = post(first).json().get("ticketId").asString();
		Api.Response second = post(reply);
		Api.Response again = post(reply);

		assertThat(second.json().get("ticketId").asString()).isEqualTo(ticketId);
		assertThat(again.json().get("messageId").asString()).isEqualTo(second.json().get("messageId").asString());
		assertThat(again.json().get("duplicate").asBoolean()).isTrue();
		JsonNode messages = this.api.get("/api/v1/tickets/" + ticketId + "/messages").json().get("items");
		assertThat(messages).hasSize(2);
		assertThat(messages.get(1).get("text").asString()).isEqualTo("Ainda nada.");
	}

	@Test
	void theSameNewMailArrivingSeveralTimesAtOnceIsStoredOnce() throws Exception {
		// A poll cut off mid-batch and polled again stores the batch's mails a second
		// time while the first are still being stored: each copy saw no earlier one.
		// A known sender: a new one's customer row would make the copies clash early.
		String sender = "rui." + unique() + "@example.pt";
		assertThat(post("From: Rui <%s>\r\nSubject: Olá\r\n\r\nOlá.\r\n".formatted(sender)).status()).isIn(200, 201,
				202);
		java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(4);
		try {
			for (int round = 0; round < 8; round++) {
				String id = unique();
				String raw = "From: Rui <%2$s>\r\nSubject: Ao mesmo tempo %1$s\r\nMessage-ID: <same-%1$s@example.pt>\r\n\r\nOlá.\r\n"
					.formatted(id, sender);
				java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
				List<java.util.concurrent.Future<Api.Response>> posts = new java.util.ArrayList<>();
				for (int i = 0; i < 4; i++) {
					posts.add(senders.submit(() -> {
						start.await();
						return post(raw);
					}));
				}
				start.countDown();
				java.util.Set<String> tickets = new java.util.HashSet<>();
				for (java.util.concurrent.Future<Api.Response> posted : posts) {
					Api.Response response = posted.get(60, java.util.concurrent.TimeUnit.SECONDS);
					assertThat(response.status()).as(response.text()).isIn(200, 201, 202);
					tickets.add(response.json().get("ticketId").asString());
				}
				assertThat(tickets).as("round " + round).hasSize(1);
			}
		}
		finally {
			senders.shutdownNow();
		}
	}

	@Test
	void ticketNumberInTheSubjectThreadsMailFromTheTicketsCustomer() {
		String id = unique();
		JsonNode first = post(
				"From: lea.%1$s@example.de\r\nSubject: Rechnung\r\n\r\nWo ist meine Rechnung?\r\n".formatted(id))
			.json();
		long number = this.api.get("/api/v1/tickets/" + first.get("ticketId").asString()).json().get("number").asLong();

		JsonNode tagged = post(
				"From: lea.%1$s@example.de\r\nSubject: AW: [#%2$d] Rechnung\r\n\r\nNoch da?\r\n".formatted(id, number))
			.json();
		JsonNode stranger = post(
				"From: mallory.%1$s@example.net\r\nSubject: [#%2$d] hijack\r\n\r\nHi\r\n".formatted(id, number))
			.json();

		assertThat(tagged.get("ticketId").asString()).isEqualTo(first.get("ticketId").asString());
		assertThat(stranger.get("ticketId").asString()).isNotEqualTo(first.get("ticketId").asString());
	}

	@Test
	void mailWithoutSenderGoesToTheQuarantineAndAnyBytesGetA202() {
		Api.Response noSender = post("Subject: who am I\r\n\r\nbody\r\n");
		Api.Response garbage = post(new byte[] { 0, 1, 2, (byte) 0xff, '\r', '\n', '\r', '\n' });
		Api.Response empty = post(new byte[0]);

		assertThat(noSender.status()).isEqualTo(202);
		assertThat(noSender.json().get("reason").asString()).isEqualTo("no-sender");
		assertThat(noSender.json().get("quarantineId").asString()).isNotBlank();
		assertThat(garbage.status()).isEqualTo(202);
		assertThat(garbage.json().has("quarantineId")).isTrue();
		assertThat(empty.status()).isEqualTo(202);
		assertThat(empty.json().has("quarantineId")).isTrue();
	}

	@Test
	void idempotencyKeyReplaysTheFirstAnswerAndOversizedMailIsRefusedWithA413() {
		String raw = "From: retry.%s@example.com\r\nSubject: Retry\r\n\r\nOnce\r\n".formatted(unique());
		Api keyed = this.api.withHeader("Idempotency-Key", "mail-" + unique());

		Api.Response first = keyed.post("/api/v1/channels/email/inbound", raw.getBytes(StandardCharsets.UTF_8),
				"message/rfc822");
		Api.Response second = keyed.post("/api/v1/channels/email/inbound", raw.getBytes(StandardCharsets.UTF_8),
				"message/rfc822");
		Api.Response huge = post(new byte[(int) this.settings.maxMessageSize().toBytes() + 65 * 1024]);

		assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(second.json().get("messageId").asString()).isEqualTo(first.json().get("messageId").asString());
		assertThat(huge.status()).isEqualTo(413);
	}

	@Test
	void theEndpointTakesMailUpToTheMailLimitAndHoldsAMailJustOverItAsAnExcerpt() {
		// One limit: the mail size limit (3 MB in the tests), not the API's (2 MB here).
		int limit = (int) this.settings.maxMessageSize().toBytes();
		String id = unique();
		String headers = "From: Big <big.%s@example.com>\r\nSubject: Big %s\r\n\r\n".formatted(id, id);
		byte[] atLimit = (headers + "x".repeat(limit - headers.length())).getBytes(StandardCharsets.ISO_8859_1);
		byte[] overLimit = (headers + "y".repeat(limit + 1000 - headers.length()))
			.getBytes(StandardCharsets.ISO_8859_1);

		Api.Response taken = post(atLimit);
		Api.Response held = post(overLimit);

		assertThat(taken.status()).isEqualTo(202);
		assertThat(taken.json().has("ticketId")).as(taken.toString()).isTrue();
		assertThat(held.status()).isEqualTo(202);
		assertThat(held.json().get("reason").asString()).isEqualTo("too-large");
		JsonNode entry = this.api.get("/api/v1/channels/email/quarantine/" + held.json().get("quarantineId").asString())
			.json();
		assertThat(entry.get("reason").asString()).isNotBlank();
		assertThat(entry.get("size").asLong()).isEqualTo(overLimit.length);
		assertThat(entry.get("subject").asString()).isEqualTo("Big " + id);
		assertThat(entry.get("excerptOnly").asBoolean()).isTrue();
		Api.Response raw = this.api.get("/api/v1/channels/email/quarantine/" + entry.get("id").asString() + "/raw");
		assertThat(raw.status()).isEqualTo(200);
		assertThat(raw.bytes()).hasSizeLessThanOrEqualTo(128 * 1024 + 4);
		assertThat(raw.text()).startsWith("From: Big").contains("yyyy");
	}

	static java.util.List<String> hostileMails() {
		return java.util.List.copyOf(HostileMails.all().keySet());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostileMails")
	void everyHostileMailIsAnsweredWithATicketOrAQuarantineReason(String name) {
		byte[] raw = HostileMails.all().get(name).apply(256 * 1024);

		Api.Response response = post(raw);

		assertThat(response.status()).as(name + ": " + response).isEqualTo(202);
		JsonNode body = response.json();
		if (body.has("ticketId")) {
			assertThat(body.get("messageId").asString()).isNotBlank();
		}
		else {
			assertThat(body.get("reason").asString()).isNotBlank();
			JsonNode entry = this.api.get("/api/v1/channels/email/quarantine/" + body.get("quarantineId").asString())
				.json();
			assertThat(entry.get("reason").asString()).isNotBlank();
		}
	}

	@Test
	void needsATokenThatMayWriteTickets() {
		Api.Response anonymous = this.api.withToken("nope")
			.post("/api/v1/channels/email/inbound", "From: a@b.example\r\n\r\nx".getBytes(StandardCharsets.UTF_8),
					"message/rfc822");

		assertThat(anonymous.status()).isEqualTo(401);
	}

}
