package dev.meridian.channels.chatbot;

import java.util.ArrayList;
import java.util.List;

import dev.meridian.channels.chat.settings.BotMode;
import dev.meridian.channels.chat.settings.ShopSettings;
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
 * The bot in the chat, through the chat API and the ticket API: it answers in the
 * visitor's language from an article the test writes, hands over once when asked ("quero
 * falar com uma pessoa") or after two "No" in a row, leaves the agent a summary, and says
 * nothing more afterwards. The market (Angola, Portuguese) has the bot always answer
 * first, so who is on shift in the shared database does not matter.
 */
@IntegrationTest
class ChatBotIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ShopSettings shops;

	Api api;

	Api browser;

	String word;

	String articleTitle;

	@BeforeEach
	void aPortugueseArticleAndAMarketWhoseBotAlwaysAnswers() {
		this.api = Api.on(this.port);
		this.browser = Api.on(this.port).withToken("");
		new Fixtures(this.api).market("AO", "pt", "AOA", "Africa/Luanda");
		this.shops.save(this.shops.forMarket("AO").withBot(BotMode.ALWAYS));
		// A made-up product name: only this test's article speaks of it.
		this.word = "Zibrelux" + Fixtures.unique().replaceAll("[^a-z0-9]", "");
		this.articleTitle = "Como limpar o filtro do aquário " + this.word;
		Api.Response created = this.api.post("/api/v1/knowledge/articles", Fixtures.json(java.util.Map.of(
				"sourceLocale", "pt-BR", "translations",
				List.of(java.util.Map.of("locale", "pt-BR", "title", this.articleTitle, "status", "published", "body",
						"Desligue o filtro " + this.word + " da tomada antes de abrir. Retire a esponja do filtro "
								+ this.word + " e lave a esponja com água do aquário, nunca com água da torneira.\n\n"
								+ "A garantia do " + this.word + " cobre dois anos.")))));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		String article = created.json().get("id").asString();
		// The search index catches up on its own: wait until the bot finds the article.
		Eventually.satisfies("the bot answers from the new article",
				() -> this.api
					.post("/api/v1/bot/answer",
							Fixtures.json(java.util.Map.of("text", question(), "locale", "pt-BR", "market", "AO")))
					.json(),
				reply -> reply.get("answer") != null && !reply.get("answer").isNull()
						&& article.equals(reply.get("answer").get("articleId").asString()));
	}

	@Test
	void answersInTheVisitorsLanguageWithThePassageTheSourceAndARatingToGive() {
		JsonNode chat = start();
		assertThat(post(chat, question()).status()).isEqualTo(201);
		JsonNode answer = botMessages(chat).get(0);
		assertThat(answer.get("language").asString()).startsWith("pt");
		assertThat(answer.get("text").asString()).contains("esponja")
			.contains("Fonte: " + this.articleTitle)
			.contains("/help/pt-BR/articles/");
		assertThat(answer.get("bot").get("feedback").asBoolean()).isTrue();
		assertThat(answer.get("bot").get("handoff").asBoolean()).isFalse();

		Api.Response rated = visitor(chat).post(messagesOf(chat) + "/" + answer.get("id").asString() + "/feedback",
				"{\"helpful\":true}");
		assertThat(rated.status()).as(rated.text()).isEqualTo(204);
		assertThat(botMessages(chat).get(0).get("bot").get("feedback").asBoolean()).isFalse();
		// On the ticket the agent sees the answer as the bot's.
		JsonNode onTicket = ticketMessages(chat).stream()
			.filter(m -> m.get("id").asString().equals(answer.get("id").asString()))
			.findFirst()
			.orElseThrow();
		assertThat(onTicket.get("author").get("type").asString()).isEqualTo("bot");
	}

	@Test
	void aVisitorAskingForAPersonIsHandedOverOnceAndTheBotSaysNothingMore() {
		JsonNode chat = start();
		post(chat, "quero falar com uma pessoa");
		List<JsonNode> said = botMessages(chat);
		assertThat(said).hasSize(1);
		assertThat(said.get(0).get("bot").get("handoff").asBoolean()).isTrue();
		assertThat(said.get(0).get("text").asString()).contains("pessoa");

		assertThat(notes(chat)).anySatisfy(note -> assertThat(note).contains("the visitor asked for a person")
			.contains("quero falar com uma pessoa"));
		post(chat, question());
		Api.Response again = visitor(chat).post(pathOf(chat) + "/handoff", "{}");
		assertThat(again.status()).isEqualTo(202);
		assertThat(botMessages(chat)).hasSize(1);
		assertThat(notes(chat).stream().filter(note -> note.contains("handed this chat"))).hasSize(1);
	}

	@Test
	void twoUnhelpfulAnswersInARowHandOver() {
		JsonNode chat = start();
		post(chat, question());
		rate(chat, botMessages(chat).get(0), false);
		List<JsonNode> afterFirst = botMessages(chat);
		assertThat(afterFirst).hasSize(2);
		assertThat(afterFirst.get(1).get("bot").get("handoff").asBoolean()).isFalse();

		post(chat, "E a garantia do " + this.word + "?");
		List<JsonNode> second = botMessages(chat);
		JsonNode answer = second.get(second.size() - 1);
		assertThat(answer.get("bot").get("feedback").asBoolean()).as(second.toString()).isTrue();
		rate(chat, answer, false);
		List<JsonNode> after = botMessages(chat);
		assertThat(after.get(after.size() - 1).get("bot").get("handoff").asBoolean()).isTrue();
		assertThat(notes(chat)).anySatisfy(note -> assertThat(note).contains("two unhelpful answers in a row")
			.contains(this.articleTitle)
			.contains("Visitor: not helpful"));
		int count = after.size();
		post(chat, "olá?");
		assertThat(botMessages(chat)).hasSize(count);
	}

	private String question() {
		return "Como limpo o filtro " + this.word + "?";
	}

	private void rate(JsonNode chat, JsonNode answer, boolean helpful) {
		Api.Response rated = visitor(chat).post(messagesOf(chat) + "/" + answer.get("id").asString() + "/feedback",
				"{\"helpful\":" + helpful + "}");
		assertThat(rated.status()).as(rated.text()).isEqualTo(204);
	}

	private JsonNode start() {
		Api.Response response = this.browser.post("/chat/v1/conversations",
				"{\"locale\":\"pt-BR\",\"market\":\"AO\",\"zone\":\"Africa/Luanda\"}");
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json();
	}

	private Api.Response post(JsonNode chat, String text) {
		Api.Response posted = visitor(chat).post(messagesOf(chat), "{\"text\":" + Api.quote(text) + "}");
		assertThat(posted.status()).as(posted.text()).isEqualTo(201);
		return posted;
	}

	private List<JsonNode> botMessages(JsonNode chat) {
		List<JsonNode> bot = new ArrayList<>();
		visitor(chat).get(messagesOf(chat)).json().get("items").forEach(item -> {
			if (item.get("author").get("type").asString().equals("bot")) {
				bot.add(item);
			}
		});
		return bot;
	}

	private List<JsonNode> ticketMessages(JsonNode chat) {
		JsonNode page = this.api.get("/api/v1/tickets/" + chat.get("ticketId").asString() + "/messages").json();
		List<JsonNode> all = new ArrayList<>();
		(page.has("items") ? page.get("items") : page).forEach(all::add);
		return all;
	}

	private List<String> notes(JsonNode chat) {
		return ticketMessages(chat).stream()
			.filter(m -> m.get("visibility").asString().equals("internal"))
			.map(m -> m.get("text").asString())
			.toList();
	}

	private Api visitor(JsonNode chat) {
		return this.browser.withHeader("Authorization", "Visitor " + chat.get("visitorToken").asString());
	}

	private static String pathOf(JsonNode chat) {
		return "/chat/v1/conversations/" + chat.get("conversationId").asString();
	}

	private static String messagesOf(JsonNode chat) {
		return pathOf(chat) + "/messages";
	}

}
