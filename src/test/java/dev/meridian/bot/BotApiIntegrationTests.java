package dev.meridian.bot;

import java.time.Duration;

import dev.meridian.knowledge.internal.DictionaryQueryTranslation;
import dev.meridian.support.Api;
import dev.meridian.support.Eventually;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bot through {@code POST /api/v1/bot/answer}: answers from articles this test writes
 * (in the customer's language, or machine-translated and marked so), hand-offs when asked
 * or unsure, and bad input refused with problem+json.
 */
@IntegrationTest
class BotApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DictionaryQueryTranslation dictionaries;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
	}

	private String article(String json) {
		Api.Response response = this.api.post("/api/v1/knowledge/articles", json);
		assertThat(response.status()).as(response.text()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	private JsonNode ask(String text, String locale) {
		Api.Response response = this.api.post("/api/v1/bot/answer",
				"{\"text\":" + Api.quote(text) + ",\"locale\":" + Api.quote(locale) + "}");
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return response.json();
	}

	@Test
	void answersAJapaneseQuestionFromTheJapaneseVersionWithItsPassage() {
		String code = "gw" + Fixtures.unique();
		String id = article(
				"""
						{"sourceLocale":"en","translations":[
						 {"locale":"en","title":"Gift wrapping %1$s","body":"Gift wrapping %1$s costs 300 yen per item.\\n\\nWe ship within two days.","status":"published"},
						 {"locale":"ja","title":"ギフト包装 %1$s","body":"ギフト包装 %1$s は1点につき300円です。メッセージカードは無料です。\\n\\n注文から2日以内に発送します。","status":"published"}]}
						"""
					.formatted(code));
		JsonNode reply = ask("ギフト包装 " + code + " の料金はいくらですか", "ja");
		assertThat(reply.get("language").asString()).isEqualTo("ja");
		assertThat(reply.get("handoff").asBoolean()).as(reply.toString()).isFalse();
		JsonNode answer = reply.get("answer");
		assertThat(answer.get("articleId").asString()).isEqualTo(id);
		assertThat(answer.get("locale").asString()).isEqualTo("ja");
		assertThat(answer.get("machineTranslated").asBoolean()).isFalse();
		assertThat(answer.get("title").asString()).isEqualTo("ギフト包装 " + code);
		// The passage that answers, not the whole article.
		assertThat(answer.get("text").asString()).contains("300円").doesNotContain("2日以内");
		assertThat(answer.get("confidence").asDouble()).isBetween(0.0, 1.0);
		assertThat(reply.get("alternatives").isArray()).isTrue();
	}

	@Test
	void answersAPortugueseQuestionFromAnEnglishOnlyArticleMarkedAsMachineTranslated() {
		assertThat(this.dictionaries.awaitLoaded(Duration.ofMinutes(5))).isTrue();
		String code = "dp" + Fixtures.unique();
		String id = article(
				"""
						{"sourceLocale":"en","translations":[
						 {"locale":"en","title":"Deposit refund %1$s","body":"The deposit %1$s is refunded within seven days.\\n\\nOur warehouse is open on weekdays.","status":"published"}]}
						"""
					.formatted(code));
		JsonNode reply = ask("Reembolso do depósito " + code + ", quando?", "pt-BR");
		assertThat(reply.get("language").asString()).startsWith("pt");
		assertThat(reply.get("handoff").asBoolean()).as(reply.toString()).isFalse();
		JsonNode answer = reply.get("answer");
		assertThat(answer.get("articleId").asString()).isEqualTo(id);
		assertThat(answer.get("machineTranslated").asBoolean()).isTrue();
		assertThat(answer.get("locale").asString()).isEqualTo("en");
		assertThat(answer.get("textLanguage").asString()).startsWith("pt");
		assertThat(answer.get("text").asString()).contains(code).doesNotContain("deposit").doesNotContain("warehouse");
	}

	/**
	 * The content words of article versions are remembered between questions: an edit
	 * must count at the next question, not when the remembered words age out.
	 */
	@Test
	void weighsAnEditedArticleByItsNewText() {
		String code = "lt" + Fixtures.unique();
		String id = article(
				"""
						{"sourceLocale":"en","translations":[
						 {"locale":"en","title":"Paper lanterns %1$s","body":"Paper lanterns %1$s ship folded in a padded box.","status":"published"}]}
						"""
					.formatted(code));
		String question = "Paper lanterns " + code + " warranty repairs";
		double before = coverage(ask(question, "en"), id);
		Api.Response edited = this.api.put("/api/v1/knowledge/articles/" + id + "/translations/en",
				"""
						{"title":"Paper lanterns %1$s","body":"Paper lanterns %1$s ship folded in a padded box.\\n\\nThe warranty covers repairs for two years.","status":"published","edit":"minor"}
						"""
					.formatted(code));
		assertThat(edited.status()).as(edited.text()).isEqualTo(200);
		double after = Eventually.satisfies("the edited article's coverage", () -> coverage(ask(question, "en"), id),
				coverage -> coverage > before);
		assertThat(after).isEqualTo(1.0);
	}

	/** The coverage signal of the article among the candidates the bot weighed. */
	private static double coverage(JsonNode reply, String articleId) {
		for (JsonNode candidate : reply.get("candidates")) {
			if (candidate.get("articleId").asString().equals(articleId)) {
				return candidate.get("signals").get("coverage").asDouble();
			}
		}
		throw new AssertionError("Article " + articleId + " not among the candidates: " + reply);
	}

	@Test
	void handsOffWhenTheCustomerAsksForAPerson() {
		JsonNode reply = ask("quero falar com uma pessoa", "pt-BR");
		assertThat(reply.get("handoff").asBoolean()).isTrue();
		assertThat(reply.get("answer").isNull()).isTrue();
		assertThat(reply.get("intent").asString()).isEqualTo("handoff");
		assertThat(reply.get("outcome").asString()).isEqualTo("asked_for_person");
	}

	@Test
	void handsOffAQuestionTheKnowledgeBaseCannotAnswer() {
		JsonNode reply = ask("Do you rent out kayaks " + Fixtures.unique() + " for parrots on Sundays?", "en");
		assertThat(reply.get("handoff").asBoolean()).as(reply.toString()).isTrue();
		assertThat(reply.get("answer").isNull()).isTrue();
		assertThat(reply.get("alternatives").size()).isZero();
	}

	@Test
	void answersAGreetingWithoutHandingOff() {
		JsonNode reply = ask("Guten Morgen!", "de");
		assertThat(reply.get("intent").asString()).isEqualTo("greeting");
		assertThat(reply.get("handoff").asBoolean()).isFalse();
		assertThat(reply.get("answer").isNull()).isTrue();
	}

	@Test
	void refusesBadInputWithProblems() {
		assertProblem(this.api.post("/api/v1/bot/answer", "{\"text\":\"   \"}"), 400);
		assertProblem(this.api.post("/api/v1/bot/answer", "{}"), 400);
		assertProblem(this.api.post("/api/v1/bot/answer", "{\"text\":" + Api.quote("why ".repeat(200)) + "}"), 413);
		assertProblem(this.api.post("/api/v1/bot/answer", "{\"text\":\"hello\",\"market\":\"AQ\"}"), 422);
		assertProblem(this.api.post("/api/v1/bot/answer", "{\"text\":\"hello\",\"market\":\"Narnia\"}"), 400);
		assertProblem(this.api.post("/api/v1/bot/answer", "{\"text\":\"hello\",\"locale\":\"not a locale!\"}"), 400);
		assertProblem(this.api.post("/api/v1/bot/answer", "{\"text\": \"hello\""), 400);
		assertProblem(this.api.post("/api/v1/bot/answer", "[1,2]"), 400);
	}

	@Test
	void needsAToken() {
		assertThat(this.api.withToken("").post("/api/v1/bot/answer", "{\"text\":\"hello\"}").status()).isEqualTo(401);
	}

	private static void assertProblem(Api.Response response, int status) {
		assertThat(response.status()).as(response.text()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).isNotBlank();
	}

}
