package dev.meridian.tickets;

import java.util.HashMap;
import java.util.List;
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
 * Culture in replies through the API: a customer's form of address and formality, the
 * reply draft that starts and ends as their culture does, and translated replies in their
 * formality (German through the local DeepL-contract server, which marks the formality it
 * was asked for: {@code [de, less]}).
 */
@IntegrationTest
class ReplyDraftApiIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	Fixtures fixtures;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
		this.fixtures = new Fixtures(this.api);
	}

	Map<String, Object> customer(String given, String family, String language, String formOfAddress, String formality,
			String email) {
		Map<String, Object> customer = new HashMap<>();
		customer.put("givenName", given);
		customer.put("familyName", family);
		customer.put("emails", List.of(email));
		customer.put("language", language);
		if (formOfAddress != null) {
			customer.put("formOfAddress", formOfAddress);
		}
		if (formality != null) {
			customer.put("formality", formality);
		}
		return customer;
	}

	JsonNode createCustomer(Map<String, Object> customer) {
		Api.Response response = this.api.post("/api/v1/customers", json(customer));
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json();
	}

	JsonNode ticket(String email, String language, String body) {
		Api.Response response = this.api.post("/api/v1/tickets",
				json(Map.of("subject", "Bestellung " + Fixtures.unique(), "channel", "email", "customer",
						Map.of("email", email), "message", Map.of("body", body, "language", language))));
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json();
	}

	JsonNode draft(JsonNode ticket) {
		Api.Response response = this.api.get("/api/v1/tickets/" + ticket.get("id").asString() + "/reply-draft");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

	@Test
	void aGermanCustomerWithATitleIsGreetedFormallyUntilTheyPreferDu() {
		String email = "anna." + Fixtures.unique() + "@example.de";
		Map<String, Object> anna = customer("Anna", "Schmidt", "de", "ms", null, email);
		JsonNode created = createCustomer(anna);
		assertThat(created.get("formOfAddress").asString()).isEqualTo("ms");
		assertThat(created.get("formality").asString()).isEqualTo("default");
		JsonNode ticket = ticket(email, "de", "Wo bleibt meine Bestellung " + Fixtures.unique() + "?");

		JsonNode formal = draft(ticket);
		assertThat(formal.get("language").asString()).isEqualTo("de");
		assertThat(formal.get("formality").asString()).isEqualTo("formal");
		assertThat(formal.get("greeting").asString()).isEqualTo("Sehr geehrte Frau Schmidt,");
		assertThat(formal.get("closing").asString()).isEqualTo("Mit freundlichen Grüßen");
		assertThat(formal.get("body").asString()).startsWith("Sehr geehrte Frau Schmidt,\n")
			.endsWith("\nMit freundlichen Grüßen");

		anna.put("formality", "informal");
		Api.Response updated = this.api.put("/api/v1/customers/" + created.get("id").asString(), json(anna));
		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(updated.json().get("formality").asString()).isEqualTo("informal");
		JsonNode informal = draft(ticket);
		assertThat(informal.get("formality").asString()).isEqualTo("informal");
		assertThat(informal.get("greeting").asString()).isEqualTo("Hallo Anna,");
		assertThat(informal.get("closing").asString()).isEqualTo("Viele Grüße");

		anna.put("formality", "formal");
		anna.put("formOfAddress", "none");
		this.api.put("/api/v1/customers/" + created.get("id").asString(), json(anna));
		assertThat(draft(ticket).get("greeting").asString()).isEqualTo("Guten Tag Anna Schmidt,");
	}

	@Test
	void aJapaneseCustomerIsAddressedWithSamaWhateverTheTitleAndASpanishOneWithSr() {
		String tanaka = "tanaka." + Fixtures.unique() + "@example.jp";
		createCustomer(customer("花子", "田中", "ja", "mx", "informal", tanaka));
		JsonNode japanese = draft(ticket(tanaka, "ja", "注文した商品がまだ届きません。" + Fixtures.unique()));
		assertThat(japanese.get("greeting").asString()).isEqualTo("田中様");

		String garcia = "carlos." + Fixtures.unique() + "@example.es";
		createCustomer(customer("Carlos", "García", "es", "mr", null, garcia));
		JsonNode spanish = draft(ticket(garcia, "es", "¿Dónde está mi pedido " + Fixtures.unique() + "?"));
		assertThat(spanish.get("greeting").asString()).isEqualTo("Estimado Sr. García:");
		assertThat(spanish.get("closing").asString()).isEqualTo("Atentamente");
	}

	@Test
	void anUnknownFormOfAddressOrFormalityIsRefusedWithAProblem() {
		Api.Response title = this.api.post("/api/v1/customers",
				json(customer("Anna", "Schmidt", "de", "dr", null, "anna." + Fixtures.unique() + "@example.de")));
		Api.Response formality = this.api.post("/api/v1/customers",
				json(customer("Anna", "Schmidt", "de", null, "casual", "anna." + Fixtures.unique() + "@example.de")));

		assertThat(title.status()).isEqualTo(400);
		assertThat(title.contentType()).startsWith("application/problem+json");
		assertThat(title.text()).contains("formOfAddress").contains("ms, mr, mx, none");
		assertThat(formality.status()).isEqualTo(400);
		assertThat(formality.text()).contains("formality").contains("formal, informal, default");
	}

	@Test
	void aTicketInALanguageWithoutCulturalProfileHasNoDraft() {
		String email = "amani." + Fixtures.unique() + "@example.ke";
		createCustomer(customer("Amani", "Njoroge", "sw", null, null, email));
		JsonNode ticket = ticket(email, "sw", "Habari, agizo langu bado halijafika " + Fixtures.unique());

		Api.Response response = this.api.get("/api/v1/tickets/" + ticket.get("id").asString() + "/reply-draft");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	@Test
	void aFormalAndAnInformalTranslationOfTheSameTextAreTwoEntriesInTheMemory() {
		String text = "شكراً لك على رسالتك " + Fixtures.unique();
		Map<String, Object> request = new HashMap<>(Map.of("text", text, "from", "ar", "to", "de"));

		request.put("formality", "formal");
		JsonNode formal = this.api.post("/api/v1/language/translate", json(request)).json();
		request.put("formality", "informal");
		JsonNode informal = this.api.post("/api/v1/language/translate", json(request)).json();
		request.put("formality", "formal");
		JsonNode formalAgain = this.api.post("/api/v1/language/translate", json(request)).json();
		request.remove("formality");
		JsonNode neither = this.api.post("/api/v1/language/translate", json(request)).json();
		request.put("formality", "very");
		Api.Response unknown = this.api.post("/api/v1/language/translate", json(request));

		assertThat(formal.get("engine").asString()).isEqualTo("deepl");
		assertThat(formal.get("text").asString()).startsWith("[de, more] ");
		assertThat(formal.get("fromMemory").asBoolean()).isFalse();
		assertThat(informal.get("text").asString()).startsWith("[de, less] ");
		assertThat(informal.get("fromMemory").asBoolean()).isFalse();
		assertThat(formalAgain.get("text").asString()).isEqualTo(formal.get("text").asString());
		assertThat(formalAgain.get("fromMemory").asBoolean()).isTrue();
		assertThat(neither.get("text").asString()).startsWith("[de] ");
		assertThat(unknown.status()).isEqualTo(400);
	}

	@Test
	void aTranslatedReplyIsAskedForInTheCustomersFormalityWithTheirGreetingAndClosing() {
		Api.Response agentResponse = this.api.post("/api/v1/agents",
				json(Map.of("email", "haruto." + Fixtures.unique() + "@meridian.example", "displayName", "佐藤 陽翔",
						"role", "agent", "timeZone", "Asia/Tokyo", "uiLanguage", "ja", "languages",
						List.of(Map.of("language", "ja", "proficiency", "native")))));
		assertThat(agentResponse.status()).as(agentResponse.toString()).isEqualTo(201);
		String agentId = agentResponse.json().get("id").asString();
		Api asAgent = this.api.withToken(
				this.fixtures.token("agent", agentId, "tickets:read", "tickets:write", "language:translate").secret());
		String email = "jonas." + Fixtures.unique() + "@example.de";
		createCustomer(customer("Jonas", "Weber", "de", "mr", "informal", email));
		JsonNode ticket = ticket(email, "de", "Mein Paket ist beschädigt angekommen " + Fixtures.unique() + ".");
		String body = "ご不便をおかけして申し訳ありません。" + Fixtures.unique();

		Api.Response sent = asAgent.post("/api/v1/tickets/" + ticket.get("id").asString() + "/replies/translated",
				json(Map.of("body", "{customer.greeting}\n\n" + body + "\n\n{customer.closing}", "writtenIn", "ja")));

		assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
		assertThat(sent.json().get("text").asString()).startsWith("[de, less] Hallo Jonas,\n\n" + body)
			.contains("\n\nViele Grüße");
	}

}
