package dev.meridian.channels.chat;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.meridian.support.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSAT question inside the chat, as the widget asks it: only once the ticket is
 * solved, in the conversation's language, answered once, and the same survey the mail
 * would carry (answering either closes the other).
 */
@IntegrationTest
class ChatSurveyIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	Api browser;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
		this.browser = Api.on(this.port).withToken("");
	}

	@Test
	void aSolvedChatAsksItsVisitorInHebrewOnceAndTheMailedSurveyIsNotSentAfter() {
		JsonNode chat = start("{\"locale\":\"he\",\"name\":\"נועה\"}");
		String ticket = chat.get("ticketId").asString();
		visitor(chat).post(messagesOf(chat), "{\"text\":\"איפה ההזמנה שלי?\"}");
		assertThat(visitor(chat).get(surveyOf(chat)).status()).as("nothing to ask before the ticket is solved")
			.isEqualTo(204);
		this.api.post("/api/v1/tickets/" + ticket + "/messages", "{\"body\":\"ההזמנה בדרך.\",\"language\":\"he\"}");
		solve(ticket);

		Api.Response asked = visitor(chat).get(surveyOf(chat));
		assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
		JsonNode question = asked.json();
		assertThat(question.get("question").asString()).isEqualTo("עד כמה אתם מרוצים מהעזרה שקיבלתם?");
		assertThat(question.get("language").asString()).isEqualTo("he");
		assertThat(question.get("rtl").asBoolean()).isTrue();
		assertThat(question.get("scale").asString()).isEqualTo("five");
		assertThat(question.get("choices").get(0).get("value").asString()).isEqualTo("5");
		assertThat(question.get("choices").get(0).get("label").asString()).isEqualTo("מרוצים מאוד");
		assertThat(question.get("choices").get(4).get("value").asString()).isEqualTo("1");

		Api.Response answered = visitor(chat).post(surveyOf(chat), "{\"rating\":\"4\"}");
		assertThat(answered.status()).as(answered.toString()).isEqualTo(201);
		assertThat(answered.json().get("note").asString()).isEqualTo("תודה! הדירוג שלכם נשמר.");

		// Once per ticket: the chat asks no more, a second answer is refused with a note,
		// and the mail survey of the same ticket is not sent any more.
		assertThat(visitor(chat).get(surveyOf(chat)).status()).isEqualTo(204);
		Api.Response again = visitor(chat).withHeader("Accept-Language", "he").post(surveyOf(chat), "{\"rating\":1}");
		assertProblem(again, 409);
		assertThat(again.json().get("note").asString()).contains("הסקר הזה");
		Api.Response mailed = this.api.post("/api/v1/tickets/" + ticket + "/survey?now=true", "{}");
		assertProblem(mailed, 409);
		assertThat(mailed.json().get("detail").asString()).contains("answered");
	}

	@Test
	void aSurveyAnsweredByMailFirstIsNotAskedInTheChat() {
		String email = "chat.survey." + Fixtures.unique() + "@example.com";
		JsonNode chat = start("{\"locale\":\"de\",\"identity\":{\"email\":\"" + email + "\",\"signature\":\""
				+ ChatApiIntegrationTests.sign(email, Api.CHAT_SECRET) + "\"}}");
		String ticket = chat.get("ticketId").asString();
		visitor(chat).post(messagesOf(chat), "{\"text\":\"Wo ist mein Paket?\"}");
		solve(ticket);
		Api.Response scheduled = this.api.post("/api/v1/tickets/" + ticket + "/survey?now=true", "{}");
		assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
		assertThat(visitor(chat).get(surveyOf(chat)).json().get("question").asString())
			.isEqualTo("Wie zufrieden sind Sie mit der Hilfe, die Sie bekommen haben?");

		String token = scheduled.json().get("token").asString();
		Api.Response byMail = this.browser.post("/feedback/" + token, "{\"rating\":5}");
		assertThat(byMail.status()).as(byMail.toString()).isIn(200, 201);

		assertThat(visitor(chat).get(surveyOf(chat)).status()).isEqualTo(204);
		assertProblem(visitor(chat).post(surveyOf(chat), "{\"rating\":\"5\"}"), 409);
	}

	@Test
	void aRatingOffTheScaleIsRefusedAndOnlyTheConversationsVisitorMayAnswer() {
		JsonNode chat = start("{\"locale\":\"fa\"}");
		String ticket = chat.get("ticketId").asString();
		visitor(chat).post(messagesOf(chat), "{\"text\":\"سفارش من کجاست؟\"}");
		solve(ticket);

		assertProblem(visitor(chat).post(surveyOf(chat), "{\"rating\":\"7\"}"), 400);
		assertProblem(this.browser.post(surveyOf(chat), "{\"rating\":\"5\"}"), 401);
		JsonNode other = start("{\"locale\":\"fa\"}");
		assertProblem(visitor(other).post(surveyOf(chat), "{\"rating\":\"5\"}"), 401);
		// Nothing was stored: the visitor still has the question.
		JsonNode question = visitor(chat).get(surveyOf(chat)).json();
		assertThat(question.get("language").asString()).isEqualTo("fa");
		assertThat(question.get("choices").get(0).get("label").asString()).isEqualTo("بسیار راضی");
	}

	private void solve(String ticket) {
		Api.Response solved = this.api.patch("/api/v1/tickets/" + ticket, "{\"status\":\"solved\"}");
		assertThat(solved.status()).as(solved.toString()).isEqualTo(200);
	}

	private JsonNode start(String body) {
		Api.Response response = this.browser.post("/chat/v1/conversations", body);
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json();
	}

	private Api visitor(JsonNode chat) {
		return this.browser.withHeader("Authorization", "Visitor " + chat.get("visitorToken").asString());
	}

	private static String messagesOf(JsonNode chat) {
		return "/chat/v1/conversations/" + chat.get("conversationId").asString() + "/messages";
	}

	private static String surveyOf(JsonNode chat) {
		return "/chat/v1/conversations/" + chat.get("conversationId").asString() + "/survey";
	}

}
