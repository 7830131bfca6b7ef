package dev.meridian.agents.access;

import java.util.Map;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.meridian.support.ApiAssertions.assertProblem;
import static dev.meridian.support.Fixtures.json;
import static dev.meridian.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Knowledge and language through tokens: each action needs its named scope and a role
 * that may do it, and a token without them gets a 403 problem.
 */
@IntegrationTest
class KnowledgeAndLanguageScopesIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	Fixtures fixtures;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
		this.fixtures = new Fixtures(this.api);
	}

	@Test
	void writingADraftNeedsKnowledgeWrite() {
		Api ticketsOnly = token("agent", "tickets:read", "tickets:write");
		Api writer = token("agent", "knowledge:write");

		assertProblem(ticketsOnly.post("/api/v1/knowledge/articles", article("draft")), 403);
		Api.Response created = writer.post("/api/v1/knowledge/articles", article("draft"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(writer.get("/api/v1/knowledge/articles/" + created.json().get("id").asString()).status())
			.isEqualTo(200);
	}

	@Test
	void publishingNeedsKnowledgePublishAndASupervisor() {
		Api agentWithEveryKnowledgeScope = token("agent", "knowledge:write", "knowledge:publish");
		Api supervisorWhoMayOnlyWrite = token("supervisor", "knowledge:write");
		Api publisher = token("supervisor", "knowledge:write", "knowledge:publish");

		assertProblem(agentWithEveryKnowledgeScope.post("/api/v1/knowledge/articles", article("published")), 403);
		assertProblem(supervisorWhoMayOnlyWrite.post("/api/v1/knowledge/articles", article("published")), 403);
		assertThat(publisher.post("/api/v1/knowledge/articles", article("published")).status()).isEqualTo(201);

		String draft = supervisorWhoMayOnlyWrite.post("/api/v1/knowledge/articles", article("draft"))
			.json()
			.get("id")
			.asString();
		String publish = json(Map.of("title", "Published " + unique(), "body", "Now public.", "status", "published"));
		assertProblem(
				supervisorWhoMayOnlyWrite.put("/api/v1/knowledge/articles/" + draft + "/translations/en", publish),
				403);
		assertThat(publisher.put("/api/v1/knowledge/articles/" + draft + "/translations/en", publish).status())
			.isEqualTo(200);
		// Once public, even a change back to draft is the publisher's.
		assertProblem(supervisorWhoMayOnlyWrite.put("/api/v1/knowledge/articles/" + draft + "/translations/en",
				json(Map.of("title", "Hidden again", "body", "Not public.", "status", "draft"))), 403);
	}

	@Test
	void deletingAnArticleNeedsKnowledgePublishAndASupervisor() {
		String id = this.api.post("/api/v1/knowledge/articles", article("draft")).json().get("id").asString();

		assertProblem(token("supervisor", "knowledge:write").delete("/api/v1/knowledge/articles/" + id), 403);
		assertProblem(token("agent", "knowledge:publish").delete("/api/v1/knowledge/articles/" + id), 403);
		assertThat(token("supervisor", "knowledge:publish").delete("/api/v1/knowledge/articles/" + id).status())
			.isEqualTo(204);
	}

	@Test
	void writingTheTranslationMemoryNeedsLanguageWrite() {
		String correction = json(Map.of("text", "Your parcel " + unique() + " is on its way.", "from", "en", "to", "es",
				"translation", "Su paquete está en camino."));

		assertProblem(token("agent", "tickets:read", "tickets:write", "language:translate")
			.put("/api/v1/language/translations", correction), 403);
		Api.Response corrected = token("agent", "language:write").put("/api/v1/language/translations", correction);
		assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
	}

	@Test
	void changingTheGlossaryNeedsLanguageWriteAndASupervisor() {
		String term = json(Map.of("from", "en", "to", "*", "term", "Meridian" + unique()));

		assertProblem(token("supervisor", "tickets:write").post("/api/v1/language/glossary", term), 403);
		assertProblem(token("agent", "language:write").post("/api/v1/language/glossary", term), 403);
		Api.Response added = token("supervisor", "language:write").post("/api/v1/language/glossary", term);
		assertThat(added.status()).as(added.toString()).isEqualTo(201);
	}

	@Test
	void spendingMachineTranslationNeedsLanguageTranslate() {
		String text = "Where is my order " + unique() + "?";
		// Remembered first, so the allowed request needs no engine on this machine.
		assertThat(
				this.api
					.put("/api/v1/language/translations",
							json(Map.of("text", text, "from", "en", "to", "es", "translation",
									"¿Dónde está mi pedido?")))
					.status())
			.isEqualTo(200);
		String request = json(Map.of("text", text, "from", "en", "to", "es"));

		assertProblem(token("agent", "tickets:read", "tickets:write", "language:write")
			.post("/api/v1/language/translate", request), 403);
		Api.Response translated = token("agent", "language:translate").post("/api/v1/language/translate", request);
		assertThat(translated.status()).as(translated.toString()).isEqualTo(200);
		assertThat(translated.json().get("text").asString()).isEqualTo("¿Dónde está mi pedido?");

		JsonNode ticket = this.fixtures.aTicket().inLanguage("es").open();
		assertProblem(token("agent", "tickets:read", "tickets:write").post(
				"/api/v1/tickets/" + ticket.get("id").asString() + "/replies/translated",
				json(Map.of("body", "We are on it.", "writtenIn", "en"))), 403);
	}

	private Api token(String role, String... scopes) {
		return this.api.withToken(this.fixtures.token(role, null, scopes).secret());
	}

	private static String article(String status) {
		return json(Map.of("sourceLocale", "en", "translations", java.util.List.of(Map.of("locale", "en", "title",
				"Scoped article " + unique(), "body", "Who may write this?", "status", status))));
	}

}
