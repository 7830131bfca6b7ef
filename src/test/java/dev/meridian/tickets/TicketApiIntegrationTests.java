package dev.meridian.tickets;

import dev.meridian.support.Api;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tickets through the real HTTP API on PostgreSQL.
 */
@IntegrationTest
class TicketApiIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
		this.api.post("/api/v1/markets",
				"""
						{"code":"JP","name":"Japan","languages":["ja"],"currency":"JPY","timeZone":"Asia/Tokyo","launchStatus":"live"}
						""");
	}

	@Test
	void opensTicketForNewCustomerInTheMarketsLanguageAndZone() {
		Api.Response created = this.api.post("/api/v1/tickets",
				"""
						{"subject":"荷物が届きません","customer":{"email":"hanako.%s@example.jp","givenName":"花子","familyName":"田中","country":"JP"},
						 "message":{"body":"注文した商品がまだ届いていません。"}}
						"""
					.formatted(System.nanoTime()));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		JsonNode ticket = created.json();
		assertThat(created.header("Location")).isEqualTo("/api/v1/tickets/" + ticket.get("id").asString());
		assertThat(ticket.get("status").asString()).isEqualTo("new");
		assertThat(ticket.get("language").asString()).isEqualTo("ja");
		assertThat(ticket.get("market").asString()).isEqualTo("JP");
		assertThat(ticket.get("customer").get("name").asString()).isEqualTo("田中花子");
		assertThat(ticket.get("customer").get("timeZone").asString()).isEqualTo("Asia/Tokyo");

		Api.Response fetched = this.api.get("/api/v1/tickets/" + ticket.get("id").asString());
		assertThat(fetched.json().get("subject").asString()).isEqualTo("荷物が届きません");
		assertThat(fetched.json().get("createdAt").asString()).isEqualTo(ticket.get("createdAt").asString());
	}

	@Test
	void sameIdempotencyKeyCreatesOneTicket() {
		String body = """
				{"subject":"Retry me","customer":{"email":"retry.%s@example.com"},"message":{"body":"Once"}}
				""".formatted(System.nanoTime());
		Api keyed = this.api.withHeader("Idempotency-Key", "key-" + System.nanoTime());

		Api.Response first = keyed.post("/api/v1/tickets", body);
		Api.Response second = keyed.post("/api/v1/tickets", body);

		assertThat(first.status()).isEqualTo(201);
		assertThat(second.status()).isEqualTo(201);
		assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(second.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
	}

	@Test
	void malformedJsonIsAProblemNotAServerError() {
		Api.Response response = this.api.post("/api/v1/tickets", "{\"subject\": \"x\", ");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).contains("not valid JSON");
	}

}
