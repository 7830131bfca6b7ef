package dev.meridian.knowledge;

import dev.meridian.support.Api;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Agents search tickets by subject, message text and customer, in every language.
 */
@IntegrationTest
class ConversationSearchIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void findsTicketsByMessageTextSubjectAndCustomer() {
		Api api = Api.on(this.port);
		String u = Long.toString(System.nanoTime(), 36);
		JsonNode ticket = api
			.post("/api/v1/tickets",
					"""
							{"subject":"Paket nicht angekommen %s","customer":{"email":"jonas.%s@example.de","name":"Jonas Wagner","language":"de"},
							 "message":{"body":"Meine Lieferung mit der Sendungsnummer ZX%s ist seit einer Woche unterwegs.","language":"de"}}
							"""
						.formatted(u, u, u))
			.json();
		String id = ticket.get("id").asString();

		assertThat(ids(api, "Sendungsnummer+ZX" + u, "de")).contains(id);
		assertThat(ids(api, "jonas." + u + "@example.de", null)).contains(id);
		JsonNode byName = api.get("/api/v1/search/tickets?q=Wagner+" + u).json().get("results");
		assertThat(byName.findValuesAsString("ticketId")).contains(id);
		JsonNode bySubject = api.get("/api/v1/search/tickets?q=Paket+" + u + "&language=de").json().get("results");
		assertThat(bySubject.get(0).get("ticketId").asString()).isEqualTo(id);
		assertThat(bySubject.get(0).get("number").asLong()).isEqualTo(ticket.get("number").asLong());
	}

	@Test
	void findsMessagesWhoseLanguageIsNotKnown() {
		Api api = Api.on(this.port);
		String u = Long.toString(System.nanoTime(), 36);
		String id = api.post("/api/v1/tickets", """
				{"subject":"Frage %s","customer":{"email":"und.%s@example.de","language":"de"},
				 "message":{"body":"Bestellung q%s ist nicht angekommen.","language":"de"}}
				""".formatted(u, u, u)).json().get("id").asString();
		Api.Response note = api.post("/api/v1/tickets/" + id + "/messages",
				"{\"body\":\"Bestellung q%s: 4711 / 0815\",\"language\":\"und\",\"visibility\":\"internal\"}"
					.formatted(u));
		assertThat(note.status()).as(note.text()).isEqualTo(201);

		// "Bestellung" alone also finds other tests' tickets: the unique code picks this
		// one,
		// whose internal note (language und) is indexed with it.
		assertThat(ids(api, "Bestellung+q" + u, null)).first().isEqualTo(id);
		assertThat(ids(api, "q" + u, null)).containsExactly(id);
		assertThat(ids(api, "q" + u, "de")).containsExactly(id);
	}

	@Test
	void rejectsEmptyAndHugeQueries() {
		Api api = Api.on(this.port);
		Api.Response empty = api.get("/api/v1/search/tickets?q=");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.contentType()).contains("problem+json");
		Api.Response huge = api.get("/api/v1/search/tickets?q=" + "x".repeat(501));
		assertThat(huge.status()).isEqualTo(400);
	}

	private static java.util.List<String> ids(Api api, String q, String language) {
		String path = "/api/v1/search/tickets?q=" + q.replace("@", "%40")
				+ (language == null ? "" : "&language=" + language);
		Api.Response response = api.get(path);
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return response.json().get("results").findValuesAsString("ticketId");
	}

}
