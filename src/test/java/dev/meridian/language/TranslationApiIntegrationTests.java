package dev.meridian.language;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

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
 * Translation through the API with the real Apertium: memory, pivots, glossary,
 * corrections, and the errors a client must be able to act on.
 */
@IntegrationTest
class TranslationApiIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
	}

	/** Every test its own text, so the shared memory holds nothing for it yet. */
	static int order() {
		return ThreadLocalRandom.current().nextInt(10_000, 99_999);
	}

	JsonNode translate(Map<String, String> request) {
		Api.Response response = this.api.post("/api/v1/language/translate", json(request));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

	@Test
	void translatesWithApertiumOnceAndFromMemoryAfter() {
		String text = "Hola, mi pedido " + order() + " no ha llegado todavía.";
		JsonNode first = translate(Map.of("text", text, "from", "es", "to", "en"));
		JsonNode second = translate(Map.of("text", text, "from", "es", "to", "en"));

		assertThat(first.get("engine").asString()).isEqualTo("apertium");
		assertThat(first.get("fromMemory").asBoolean()).isFalse();
		assertThat(first.get("text").asString()).containsIgnoringCase("hello").containsIgnoringCase("arrived");
		assertThat(first.get("from").asString()).isEqualTo("es");
		assertThat(first.get("to").asString()).isEqualTo("en");
		assertThat(second.get("fromMemory").asBoolean()).isTrue();
		assertThat(second.get("text").asString()).isEqualTo(first.get("text").asString());
	}

	@Test
	void theSameTextAskedForAtOnceGoesToTheEngineOnce() throws Exception {
		String text = "Buenas tardes, el pedido " + order() + " llegó incompleto.";
		java.util.List<JsonNode> answers = dev.meridian.support.Simultaneous.calls(6,
				() -> translate(Map.of("text", text, "from", "es", "to", "en")));

		assertThat(answers).filteredOn(a -> !a.get("fromMemory").asBoolean()).hasSize(1);
		assertThat(answers).extracting(a -> a.get("text").asString())
			.containsOnly(answers.get(0).get("text").asString());
	}

	@Test
	void detectsTheSourceLanguageWhenNotGiven() {
		JsonNode translated = translate(
				Map.of("text", "Buenos días, quiero devolver el pedido " + order() + ", por favor.", "to", "en"));

		assertThat(translated.get("from").asString()).isEqualTo("es");
		assertThat(translated.get("engine").asString()).isEqualTo("apertium");
	}

	@Test
	void translatesThroughAThirdLanguageAndSaysSo() {
		JsonNode translated = translate(
				Map.of("text", "Obrigado, a encomenda " + order() + " chegou hoje.", "from", "pt", "to", "en"));

		assertThat(translated.get("pivot").asString()).isEqualTo("es");
		assertThat(translated.get("engine").asString()).isEqualTo("apertium");
		assertThat(translated.get("text").asString()).containsIgnoringCase("today");
	}

	@Test
	void aPairNoEngineKnowsIsA422NamingThePair() {
		Api.Response response = this.api.post("/api/v1/language/translate",
				json(Map.of("text", "注文がまだ届きません。", "from", "ja", "to", "en")));

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).contains("ja to en");
		assertThat(response.json().get("from").asString()).isEqualTo("ja");
	}

	@Test
	void emptyHugeAndUnreadableTextsAre400sThatSayWhy() {
		Api.Response empty = this.api.post("/api/v1/language/translate", json(Map.of("text", " ", "to", "en")));
		Api.Response huge = this.api.post("/api/v1/language/translate",
				json(Map.of("text", "a".repeat(10_001), "from", "es", "to", "en")));
		Api.Response noTarget = this.api.post("/api/v1/language/translate", json(Map.of("text", "hola")));
		Api.Response unreadable = this.api.post("/api/v1/language/translate",
				json(Map.of("text", "12345 !!!", "to", "en")));

		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().get("errors").get(0).get("field").asString()).isEqualTo("text");
		assertThat(huge.status()).isEqualTo(400);
		assertThat(huge.json().get("detail").asString()).contains("at most 10000 characters");
		assertThat(noTarget.status()).isEqualTo(400);
		assertThat(noTarget.json().get("errors").get(0).get("field").asString()).isEqualTo("to");
		assertThat(unreadable.status()).isEqualTo(400);
		assertThat(unreadable.json().get("errors").get(0).get("field").asString()).isEqualTo("from");
	}

	@Test
	void anEngineThatCannotAnswerIsA503WithRetryAfter() {
		// fr:de is routed to a LibreTranslate that is not running (see IntegrationTest).
		Api.Response response = this.api.post("/api/v1/language/translate",
				json(Map.of("text", "Bonjour, ma commande " + order() + " est en retard.", "from", "fr", "to", "de")));

		assertThat(response.status()).isEqualTo(503);
		assertThat(response.header("Retry-After")).isNotBlank();
		assertThat(response.json().get("engine").asString()).isEqualTo("libretranslate");
	}

	@Test
	void anAgentsCorrectionWinsFromThenOn() {
		String text = "Su pedido " + order() + " sale mañana.";
		translate(Map.of("text", text, "from", "es", "to", "en"));
		Api.Response corrected = this.api.put("/api/v1/language/translations",
				json(Map.of("text", text, "from", "es", "to", "en", "translation", "Your order ships tomorrow.")));
		JsonNode after = translate(Map.of("text", text, "from", "es", "to", "en"));

		assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
		assertThat(after.get("text").asString()).isEqualTo("Your order ships tomorrow.");
		assertThat(after.get("fromMemory").asBoolean()).isTrue();
		assertThat(after.get("corrected").asBoolean()).isTrue();
	}

	@Test
	void glossaryTermsStayUntranslatedOrBecomeThePreferredTerm() {
		String brand = "Zephyr" + Fixtures.unique().replaceAll("[0-9]", "");
		Api.Response keep = this.api.post("/api/v1/language/glossary",
				json(Map.of("from", "en", "to", "*", "term", brand)));
		Api.Response prefer = this.api.post("/api/v1/language/glossary",
				json(Map.of("from", "en", "to", "es", "term", "parcel " + brand, "replacement", "paquete " + brand)));
		assertThat(keep.status()).as(keep.toString()).isEqualTo(201);
		assertThat(this.api.post("/api/v1/language/glossary", json(Map.of("from", "en", "to", "*", "term", brand)))
			.status()).isEqualTo(409);
		assertThat(prefer.status()).as(prefer.toString()).isEqualTo(201);

		JsonNode translated = translate(Map.of("text",
				"Your " + brand + " order is ready. The parcel " + brand + " ships today.", "from", "en", "to", "es"));

		assertThat(translated.get("text").asString()).contains(brand).contains("paquete " + brand);
		String id = keep.json().get("id").asString();
		assertThat(this.api.get("/api/v1/language/glossary/" + id).json().get("term").asString()).isEqualTo(brand);
		assertThat(this.api.get("/api/v1/language/glossary?from=en&to=es").json().toString())
			.contains("paquete " + brand);
		Api.Response updated = this.api.put("/api/v1/language/glossary/" + id,
				json(Map.of("from", "en", "to", "*", "term", brand + "X")));
		assertThat(updated.json().get("term").asString()).isEqualTo(brand + "X");
		assertThat(this.api.delete("/api/v1/language/glossary/" + id).status()).isEqualTo(204);
		assertThat(this.api.get("/api/v1/language/glossary/" + id).status()).isEqualTo(404);
		assertThat(this.api.post("/api/v1/language/glossary", json(Map.of("from", "en", "to", "es"))).status())
			.isEqualTo(400);
	}

	@Test
	void agentsMayReadButNotChangeTheGlossary() {
		Fixtures fixtures = new Fixtures(this.api);
		JsonNode agent = fixtures.agent("agent");
		Api asAgent = this.api.withToken(fixtures.token("agent", agent.get("id").asString(), "tickets:read").secret());

		assertThat(asAgent.get("/api/v1/language/glossary").status()).isEqualTo(200);
		assertThat(asAgent.post("/api/v1/language/glossary", json(Map.of("from", "en", "to", "*", "term", "Acme")))
			.status()).isEqualTo(403);
	}

	@Test
	void checksPlainLanguageAndGivesCulturalProfiles() {
		Api.Response check = this.api.post("/api/v1/language/plain-language",
				json(Map.of("text", "Hang in there, it's a piece of cake.", "language", "en")));
		Api.Response profile = this.api
			.get("/api/v1/language/profiles/ja?givenName=%E8%8A%B1%E5%AD%90&familyName=%E7%94%B0%E4%B8%AD");

		assertThat(check.status()).isEqualTo(200);
		assertThat(check.json().get("findings").toString()).contains("piece of cake").contains("IDIOM");
		assertThat(check.json().get("readability").get("formula").asString()).isEqualTo("Flesch reading ease");
		assertThat(profile.json().get("salutation").asString()).isEqualTo("田中様");
		assertThat(profile.json().get("profile").get("register").asString()).isEqualTo("formal");
		assertThat(this.api.get("/api/v1/language/profiles/xx").status()).isEqualTo(400);
	}

}
