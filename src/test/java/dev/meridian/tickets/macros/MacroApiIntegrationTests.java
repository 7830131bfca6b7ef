package dev.meridian.tickets.macros;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.meridian.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Macros through the HTTP API: variants chosen along the fallback chain, placeholders
 * filled for the ticket's customer, outdated translations, actions, usage counts, and the
 * problems bad input gets.
 */
@IntegrationTest
class MacroApiIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	MacroFixtures macros;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
		this.macros = new MacroFixtures(this.api);
	}

	@Test
	void listGivesEachMacroInTheVariantTheLanguageGetsAlongTheChain() {
		JsonNode macro = this.macros.delayMacro();
		String id = macro.get("id").asString();

		assertThat(item(this.api.get("/api/v1/macros?language=pt-BR").json(), id).get("language").asString())
			.isEqualTo("pt-BR");
		// pt-PT has no variant of its own: the Brazilian one is closer than the English
		// source.
		JsonNode portugal = item(this.api.get("/api/v1/macros?language=pt-PT").json(), id);
		assertThat(portugal.get("language").asString()).isEqualTo("pt-BR");
		assertThat(portugal.get("name").asString()).startsWith("Pedido atrasado");
		assertThat(portugal.get("body").asString()).contains("{{customer.name}}");
		// Korean has none: the source.
		assertThat(item(this.api.get("/api/v1/macros?language=ko").json(), id).get("language").asString())
			.isEqualTo("en");
	}

	@Test
	void renderFillsPlaceholdersForTheCustomerInTheirLanguageZoneAndOrder() {
		String id = this.macros.delayMacro().get("id").asString();
		String order = "BR-" + Math.floorMod(System.nanoTime(), 1_000_000_000L);
		JsonNode ticket = this.macros.brazilianTicketWithPromise(order);
		String promisedInSaoPaulo = DateTimeFormatter.ofPattern("HH:mm")
			.format(Instant.parse(ticket.get("promisedReplyAt").asString()).atZone(ZoneId.of("America/Sao_Paulo")));

		Api.Response rendered = this.api.post("/api/v1/macros/" + id + "/render",
				json(Map.of("ticketId", ticket.get("id").asString())));

		assertThat(rendered.status()).as(rendered.toString()).isEqualTo(200);
		JsonNode body = rendered.json();
		assertThat(body.get("language").asString()).isEqualTo("pt-BR");
		assertThat(body.get("body").asString()).startsWith("Olá, Ana Souza! Seu pedido " + order + " está atrasado.")
			.contains(promisedInSaoPaulo)
			.contains("Brasília")
			.doesNotContain("{{");
		assertThat(body.get("unfilled")).isEmpty();
		assertThat(this.api.get("/api/v1/macros/" + id).json().get("usageCount").asLong()).isEqualTo(1);
	}

	@Test
	void aJapaneseCustomersNameComesFamilyNameFirst() {
		String id = this.macros.delayMacro().get("id").asString();
		new Fixtures(this.api).market("JP", "ja", "JPY", "Asia/Tokyo");
		String email = "tanaka." + Fixtures.unique() + "@example.jp";
		assertThat(this.api
			.post("/api/v1/customers",
					json(Map.of("givenName", "花子", "familyName", "田中", "emails", java.util.List.of(email), "language",
							"ja", "locale", "ja-JP", "timeZone", "Asia/Tokyo", "market", "JP")))
			.status()).isEqualTo(201);
		String ticket = new Fixtures(this.api).aTicket()
			.from(email)
			.inMarket("JP")
			.inLanguage("ja")
			.open()
			.get("id")
			.asString();

		JsonNode rendered = this.api.post("/api/v1/macros/" + id + "/render", json(Map.of("ticketId", ticket))).json();

		assertThat(rendered.get("language").asString()).isEqualTo("ja");
		assertThat(rendered.get("body").asString()).startsWith("田中花子様");
		// No order tag on this ticket: the placeholder stays and is named.
		assertThat(rendered.get("unfilled").toString()).contains("order.number");
	}

	@Test
	void aSubstantiveChangeOfTheSourceMarksTranslationsOutdatedUntilTheyAreRewritten() {
		String id = this.macros.delayMacro().get("id").asString();

		this.macros.variant(id, "en", "Order delayed",
				"Dear {{customer.name}}, sorry: order {{order.number}} is late.");

		JsonNode portuguese = item(this.api.get("/api/v1/macros?language=pt-BR").json(), id);
		assertThat(portuguese.get("outdated").asBoolean()).isTrue();
		JsonNode minor = this.api
			.put("/api/v1/macros/" + id + "/variants/en",
					json(Map.of("body", "Dear {{customer.name}}, sorry! Order {{order.number}} is late.", "edit",
							"minor")))
			.json();
		assertThat(minor.get("variants").toString()).contains("\"outdated\":true");
		this.macros.variant(id, "pt-BR", "Pedido atrasado", "Olá, {{customer.name}}! Desculpe o atraso.");
		assertThat(item(this.api.get("/api/v1/macros?language=pt-BR").json(), id).get("outdated").asBoolean())
			.isFalse();
	}

	@Test
	void applySetsTheMacrosStatusAndAddsItsTags() {
		String id = this.macros.delayMacro().get("id").asString();
		String ticket = new Fixtures(this.api).aTicket().tagged("vip").open().get("id").asString();

		Api.Response applied = this.api.post("/api/v1/macros/" + id + "/apply", json(Map.of("ticketId", ticket)));

		assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
		JsonNode after = this.api.get("/api/v1/tickets/" + ticket).json();
		assertThat(after.get("status").asString()).isEqualTo("pending");
		assertThat(after.get("tags").toString()).contains("vip", "delay");
	}

	@Test
	void crudAndItsProblems() {
		String name = "Greeting " + Fixtures.unique();
		Api.Response created = this.api.post("/api/v1/macros",
				json(Map.of("name", name, "language", "fr", "body", "Bonjour {{customer.name}} !")));
		assertThat(created.status()).isEqualTo(201);
		String id = created.json().get("id").asString();

		Api.Response duplicate = this.api.post("/api/v1/macros",
				json(Map.of("name", name.toUpperCase(), "language", "fr", "body", "x")));
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.contentType()).startsWith("application/problem+json");

		Api.Response badLanguage = this.api.post("/api/v1/macros",
				json(Map.of("name", "Other " + Fixtures.unique(), "language", "xx-123456789", "body", "x")));
		assertThat(badLanguage.status()).isEqualTo(400);
		assertThat(badLanguage.contentType()).startsWith("application/problem+json");

		Api.Response badStatus = this.api.put("/api/v1/macros/" + id,
				json(Map.of("name", name, "actions", Map.of("status", "sleeping"))));
		assertThat(badStatus.status()).isEqualTo(400);

		Api.Response renamed = this.api.put("/api/v1/macros/" + id, json(
				Map.of("name", name + " (FR)", "actions", Map.of("priority", "high", "tags", java.util.List.of()))));
		assertThat(renamed.status()).isEqualTo(200);
		assertThat(renamed.json().get("actions").get("priority").asString()).isEqualTo("high");

		Api.Response removeSource = this.api.delete("/api/v1/macros/" + id + "/variants/fr");
		assertThat(removeSource.status()).isEqualTo(409);
		assertThat(removeSource.json().get("type").asString()).contains("macro-source-variant");

		assertThat(this.api.delete("/api/v1/macros/" + id).status()).isEqualTo(204);
		assertThat(this.api.get("/api/v1/macros/" + id).status()).isEqualTo(404);
		assertThat(this.api
			.post("/api/v1/macros/" + id + "/render", json(Map.of("ticketId", java.util.UUID.randomUUID().toString())))
			.status()).isEqualTo(404);
	}

	@Test
	void onlySupervisorsWriteMacrosWhileAgentsRenderThem() {
		Fixtures fixtures = new Fixtures(this.api);
		JsonNode agent = fixtures.agent("agent");
		Fixtures.Token token = fixtures.token("agent", agent.get("id").asString(), "tickets:read", "tickets:write");
		Api asAgent = Api.on(this.port).withToken(token.secret());

		assertThat(asAgent
			.post("/api/v1/macros", json(Map.of("name", "Mine " + Fixtures.unique(), "language", "en", "body", "Hi")))
			.status()).isEqualTo(403);
		assertThat(asAgent.get("/api/v1/macros?language=de").status()).isEqualTo(200);
	}

	private static JsonNode item(JsonNode list, String id) {
		for (JsonNode item : list.get("items")) {
			if (item.get("id").asString().equals(id)) {
				assertThat(item.has("name") && item.has("language") && item.has("body")).isTrue();
				return item;
			}
		}
		throw new AssertionError("macro " + id + " not listed in " + list);
	}

}
