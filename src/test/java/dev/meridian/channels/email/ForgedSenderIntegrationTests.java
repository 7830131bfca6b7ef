package dev.meridian.channels.email;

import dev.meridian.support.TestMailbox;
import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ticket numbers are sequential and From is whatever the sender writes: a mail naming a
 * ticket (subject tag or In-Reply-To) joins it only from its customer or someone already
 * in its conversation; anyone else gets a ticket of their own, linked to the one they
 * named. The receiving server's SPF/DKIM/DMARC results are kept on the message, and an
 * acknowledgement to a stranger does not repeat their subject.
 */
@IntegrationTest
class ForgedSenderIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
	}

	JsonNode post(String raw) {
		return TestMailbox.deliver(this.api, raw);
	}

	@Test
	void aStrangerNamingATicketGetsALinkedTicketOfTheirOwn() {
		String id = Fixtures.unique();
		String ticketId = post(
				"From: Lena <lena.%1$s@kunde.example>\r\nSubject: Rechnung %1$s\r\nMessage-ID: <l1-%1$s@kunde.example>\r\n\r\nBitte um die Rechnung.\r\n"
					.formatted(id))
			.get("ticketId")
			.asString();
		long number = this.api.get("/api/v1/tickets/" + ticketId).json().get("number").asLong();

		String byTag = post(
				"From: lena.%1$s@kunde.example <mallory.%1$s@attacker.example>\r\nSubject: Re: [#%2$d] Rechnung\r\n\r\nBitte an meine neue Adresse liefern.\r\n"
					.formatted(id, number))
			.get("ticketId")
			.asString();
		String byReply = post(
				"From: mallory.%1$s@attacker.example\r\nSubject: Re: Rechnung\r\nIn-Reply-To: <l1-%1$s@kunde.example>\r\n\r\nNeue Lieferadresse.\r\n"
					.formatted(id))
			.get("ticketId")
			.asString();

		assertThat(byTag).isNotEqualTo(ticketId);
		assertThat(byReply).isNotEqualTo(ticketId).isNotEqualTo(byTag);
		assertThat(this.api.get("/api/v1/tickets/" + ticketId + "/messages").json().get("items")).hasSize(1);
		JsonNode link = this.api.get("/api/v1/tickets/" + byTag + "/links").json().get("items").get(0);
		assertThat(link.get("ticketId").asString()).isEqualTo(ticketId);
		assertThat(link.get("number").asLong()).isEqualTo(number);
		assertThat(link.get("direction").asString()).isEqualTo("refers-to");
		assertThat(link.get("reason").asString()).isEqualTo("unverified-sender");
		assertThat(this.api.get("/api/v1/tickets/" + ticketId + "/links").json().get("items"))
			.extracting(node -> node.get("direction").asString())
			.containsExactly("referred-by", "referred-by");

		// The customer herself still threads by tag and by reply.
		assertThat(post("From: lena.%1$s@kunde.example\r\nSubject: Re: [#%2$d] Rechnung\r\n\r\nDanke!\r\n".formatted(id,
				number))
			.get("ticketId")
			.asString()).isEqualTo(ticketId);
	}

	@Test
	void someoneWhoWroteToTheConversationBeforeMayAnswerIt() {
		String id = Fixtures.unique();
		String ticketId = post(
				"From: jan.%1$s@firma.example\r\nSubject: Lieferung %1$s\r\nMessage-ID: <j1-%1$s@firma.example>\r\n\r\nWo bleibt die Lieferung?\r\n"
					.formatted(id))
			.get("ticketId")
			.asString();
		long number = this.api.get("/api/v1/tickets/" + ticketId).json().get("number").asLong();
		// A colleague who was never in the conversation is kept out.
		String colleague = post("From: eva.%1$s@firma.example\r\nSubject: [#%2$d] Lieferung\r\n\r\nIch ergänze.\r\n"
			.formatted(id, number)).get("ticketId").asString();
		assertThat(colleague).isNotEqualTo(ticketId);
		// Once mail of theirs is part of the ticket (as when the customer's mail had
		// them in copy and it was recorded), they are a participant.
		this.jdbc.sql("""
				insert into email_message_ids (message_id_header, ticket_id, direction, from_address, created_at)
				values (?, ?::uuid, 'INBOUND', ?, now())""")
			.params("cc-" + id + "@firma.example", ticketId, "eva." + id + "@firma.example")
			.update();
		assertThat(post("From: eva.%1$s@firma.example\r\nSubject: Re: [#%2$d] Lieferung\r\n\r\nNoch etwas.\r\n"
			.formatted(id, number)).get("ticketId").asString()).isEqualTo(ticketId);
	}

	@Test
	void keepsTheReceivingServersSenderChecksOnTheMessage() {
		String id = Fixtures.unique();
		String ticketId = post("""
				Authentication-Results: mx.shop.example;\r
				 spf=pass smtp.mailfrom=bank.example;\r
				 dkim=fail (signature mismatch) header.d=bank.example;\r
				 dmarc=fail (p=reject) header.from=bank.example\r
				Authentication-Results: attacker.example; spf=pass; dkim=pass; dmarc=pass\r
				From: security.%1$s@bank.example\r
				Subject: Konto %1$s\r
				\r
				Bitte bestätigen Sie Ihre Daten.\r
				""".formatted(id)).get("ticketId").asString();
		JsonNode message = this.api.get("/api/v1/tickets/" + ticketId + "/messages").json().get("items").get(0);
		JsonNode checks = message.get("authentication");
		assertThat(checks.get("authservId").asString()).isEqualTo("mx.shop.example");
		assertThat(checks.get("spf").asString()).isEqualTo("pass");
		assertThat(checks.get("dkim").asString()).isEqualTo("fail");
		assertThat(checks.get("dmarc").asString()).isEqualTo("fail");

		String plain = post("From: plain.%1$s@example.org\r\nSubject: Frage %1$s\r\n\r\nHallo.\r\n".formatted(id))
			.get("ticketId")
			.asString();
		JsonNode none = this.api.get("/api/v1/tickets/" + plain + "/messages")
			.json()
			.get("items")
			.get(0)
			.get("authentication");
		assertThat(none == null || none.isNull()).isTrue();
	}

	@Test
	void theAcknowledgementToAStrangerDoesNotRepeatTheirSubject() {
		String id = Fixtures.unique();
		String stranger = post(
				"From: new.%1$s@example.org\r\nSubject: Buy cheap pills at spam.example %1$s\r\n\r\nHi.\r\n"
					.formatted(id))
			.get("ticketId")
			.asString();
		String known = post(
				"From: new.%1$s@example.org\r\nSubject: Second question %1$s\r\n\r\nHello again.\r\n".formatted(id))
			.get("ticketId")
			.asString();
		assertThat(echoSubject(stranger)).isFalse();
		assertThat(echoSubject(known)).isTrue();
	}

	private boolean echoSubject(String ticketId) {
		return this.jdbc.sql("select echo_subject from email_outbox where ticket_id = ?::uuid and kind = 'RECEIVED'")
			.param(ticketId)
			.query(Boolean.class)
			.single();
	}

}
