package dev.meridian.markets;

import java.util.List;
import java.util.Map;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.meridian.support.ApiAssertions.assertProblem;
import static dev.meridian.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A market's playbook through the API: supervisors write it in one language and translate
 * it, any agent reads it, a substantive change outdates the translations, a reader
 * without a translation gets the source with its language, and bad input is a problem,
 * never a 500. Nepal's market is used by no other test.
 */
@IntegrationTest
class PlaybookApiIntegrationTests {

	static final String PLAYBOOK = "/api/v1/markets/NP/playbook";

	@LocalServerPort
	int port;

	Api api;

	Fixtures fixtures;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
		this.fixtures = new Fixtures(this.api);
		this.fixtures.market("NP", "ne", "NPR", "Asia/Kathmandu");
		this.api.delete(PLAYBOOK);
	}

	@AfterEach
	void removePlaybook() {
		this.api.delete(PLAYBOOK);
	}

	@Test
	void supervisorWritesAndTranslatesAndATranslationBecomesOutdatedWhenTheSourceChanges() {
		Api supervisor = token("supervisor", "tickets:read", "tickets:write");
		Api agent = token("agent", "tickets:read", "tickets:write");

		Api.Response written = supervisor.put(PLAYBOOK,
				json(Map.of("language", "en", "items", List.of("Greet with Namaste.", "  Quote prices in NPR.  "))));
		assertThat(written.status()).as(written.toString()).isEqualTo(200);
		assertThat(written.json().get("sourceLanguage").asString()).isEqualTo("en");
		assertThat(written.json().get("revision").asInt()).isEqualTo(1);
		assertThat(texts(written.json().get("texts").get(0).get("items"))).containsExactly("Greet with Namaste.",
				"Quote prices in NPR.");

		Api.Response translated = supervisor.put(PLAYBOOK + "/translations/de",
				json(Map.of("items", List.of("Begrüßen Sie mit Namaste.", "Preise in NPR nennen."))));
		assertThat(translated.status()).as(translated.toString()).isEqualTo(200);

		JsonNode read = agent.get(PLAYBOOK + "?language=de").json();
		assertThat(read.get("shown").get("language").asString()).isEqualTo("de");
		assertThat(read.get("shown").get("inReadersLanguage").asBoolean()).isTrue();
		assertThat(read.get("shown").get("outdated").asBoolean()).isFalse();

		// A typo fixed: the German stays current.
		supervisor.put(PLAYBOOK, json(Map.of("language", "en", "edit", "minor", "items",
				List.of("Greet with “Namaste”.", "Quote prices in NPR."))));
		assertThat(agent.get(PLAYBOOK + "?language=de").json().get("shown").get("outdated").asBoolean()).isFalse();

		// A new rule: the German is now outdated, and still shown, marked.
		Api.Response changed = supervisor.put(PLAYBOOK, json(Map.of("language", "en", "items",
				List.of("Greet with “Namaste”.", "Quote prices in NPR.", "Mind Dashain: offices close for a week."))));
		assertThat(changed.json().get("revision").asInt()).isEqualTo(2);
		JsonNode german = agent.get(PLAYBOOK + "?language=de-AT").json();
		assertThat(german.get("shown").get("language").asString()).isEqualTo("de");
		assertThat(german.get("shown").get("outdated").asBoolean()).isTrue();
		JsonNode texts = german.get("texts");
		assertThat(texts.get(0).get("source").asBoolean()).isTrue();
		assertThat(texts.get(1).get("basedOnRevision").asInt()).isEqualTo(1);
		assertThat(texts.get(1).get("outdated").asBoolean()).isTrue();

		// A Japanese reader: no translation, so the source, marked as not theirs.
		JsonNode japanese = agent.get(PLAYBOOK + "?language=ja").json().get("shown");
		assertThat(japanese.get("language").asString()).isEqualTo("en");
		assertThat(japanese.get("inReadersLanguage").asBoolean()).isFalse();
		assertThat(texts(japanese.get("items"))).contains("Mind Dashain: offices close for a week.");

		// Translated again from the new revision: current.
		supervisor.put(PLAYBOOK + "/translations/de", json(Map.of("items",
				List.of("Begrüßen Sie mit „Namaste“.", "Preise in NPR nennen.", "Dashain: Büros eine Woche zu."))));
		assertThat(agent.get(PLAYBOOK + "?language=de").json().get("shown").get("outdated").asBoolean()).isFalse();

		assertThat(supervisor.delete(PLAYBOOK + "/translations/de").status()).isEqualTo(204);
		assertThat(agent.get(PLAYBOOK + "?language=de").json().get("shown").get("language").asString()).isEqualTo("en");
	}

	@Test
	void onlySupervisorsWithTicketsWriteChangeAPlaybook() {
		String body = json(Map.of("language", "en", "items", List.of("Greet with Namaste.")));

		assertProblem(token("agent", "tickets:read", "tickets:write").put(PLAYBOOK, body), 403);
		assertProblem(token("supervisor", "tickets:read").put(PLAYBOOK, body), 403);
		assertThat(token("supervisor", "tickets:write").put(PLAYBOOK, body).status()).isEqualTo(200);
		assertProblem(token("agent", "tickets:read", "tickets:write").delete(PLAYBOOK), 403);
		assertThat(token("agent", "tickets:read").get(PLAYBOOK).status()).isEqualTo(200);
	}

	@Test
	void badInputIsAProblemNeverAServerError() {
		assertProblem(this.api.get(PLAYBOOK), 404);
		assertProblem(this.api.get("/api/v1/markets/XQ/playbook"), 400);
		// Tuvalu: no test creates that market.
		assertProblem(
				this.api.put("/api/v1/markets/TV/playbook", json(Map.of("language", "en", "items", List.of("Greet.")))),
				404);
		assertProblem(this.api.put(PLAYBOOK + "/translations/de", json(Map.of("items", List.of("Hallo.")))), 404);
		assertProblem(this.api.put(PLAYBOOK, json(Map.of("items", List.of("No language.")))), 400);
		assertProblem(this.api.put(PLAYBOOK, json(Map.of("language", "en"))), 400);
		assertProblem(this.api.put(PLAYBOOK, json(Map.of("language", "en", "items", List.of()))), 400);
		assertProblem(this.api.put(PLAYBOOK, json(Map.of("language", "en", "items", List.of("  ")))), 400);
		assertProblem(this.api.put(PLAYBOOK, json(Map.of("language", "en", "items", List.of("x".repeat(301))))), 400);
		assertProblem(this.api.put(PLAYBOOK, json(Map.of("language", "en", "items", List.of("a"), "edit", "huge"))),
				400);
		assertProblem(this.api.put(PLAYBOOK, json(Map.of("language", "xx-??", "items", List.of("a")))), 400);

		assertThat(this.api.put(PLAYBOOK, json(Map.of("language", "en", "items", List.of("Greet.")))).status())
			.isEqualTo(200);
		assertThat(
				assertProblem(this.api.put(PLAYBOOK, json(Map.of("language", "fr", "items", List.of("Saluer.")))), 409)
					.get("detail")
					.asString())
			.contains("written in en");
		assertProblem(this.api.put(PLAYBOOK + "/translations/en", json(Map.of("items", List.of("Greet.")))), 409);
		assertProblem(this.api.put(PLAYBOOK + "/translations/ne", json(Map.of("items", List.of("नमस्ते।")))), 400);
		assertProblem(this.api.delete(PLAYBOOK + "/translations/fr"), 404);
		assertProblem(this.api.delete(PLAYBOOK + "/translations/en"), 409);
	}

	private Api token(String role, String... scopes) {
		return this.api.withToken(this.fixtures.token(role, null, scopes).secret());
	}

	private static List<String> texts(JsonNode array) {
		return array.valueStream().map(JsonNode::asString).toList();
	}

}
