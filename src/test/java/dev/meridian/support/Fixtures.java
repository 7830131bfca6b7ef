package dev.meridian.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds what a test needs through the API, the way a client would. Everything created is
 * unique (emails, names, tags), because all integration test classes share one server and
 * one database.
 */
public final class Fixtures {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Api api;

	public Fixtures(Api api) {
		this.api = api;
	}

	/** A short suffix no other test uses. */
	public static String unique() {
		return Long.toString(System.nanoTime(), 36);
	}

	/** Writes a value (maps, lists, strings, numbers) as JSON text. */
	public static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	/**
	 * Makes sure a market exists. Another test class may have created it already, so a
	 * 409 is as good as a 201.
	 */
	public void market(String code, String language, String currency, String timeZone) {
		Api.Response response = this.api.post("/api/v1/markets", json(Map.of("code", code, "name", "Market " + code,
				"languages", List.of(language), "currency", currency, "timeZone", timeZone, "launchStatus", "live")));
		assertThat(response.status()).as(response.toString()).isIn(201, 409);
	}

	/** A new active agent with this role and no password. */
	public JsonNode agent(String role) {
		String suffix = unique();
		Api.Response response = this.api.post("/api/v1/agents",
				json(Map.of("email", "agent." + suffix + "@example.com", "displayName", "Agent " + suffix, "role", role,
						"timeZone", "Europe/Berlin", "uiLanguage", "de", "languages",
						List.of(Map.of("language", "de", "proficiency", "native")))));
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json();
	}

	/**
	 * A new agent in the English workspace who can sign in to the workspace with
	 * {@code password}: for browser tests.
	 */
	public JsonNode agentWithPassword(String email, String password, String timeZone, String language) {
		Api.Response response = this.api.post("/api/v1/agents",
				json(Map.of("email", email, "displayName", "Agent " + unique(), "role", "agent", "timeZone", timeZone,
						"uiLanguage", "en", "password", password, "languages",
						List.of(Map.of("language", language, "proficiency", "native")))));
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json();
	}

	/** Issues an API token; {@code agentId} may be null for a token of no agent. */
	public Token token(String role, String agentId, String... scopes) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("name", "token " + unique());
		request.put("role", role);
		request.put("scopes", List.of(scopes));
		request.put("agentId", agentId);
		Api.Response response = this.api.post("/api/v1/tokens", json(request));
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return new Token(response.json().get("id").asString(), response.json().get("secret").asString());
	}

	/** A new customer in this market, or in none when {@code market} is null. */
	public JsonNode customer(String market) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("givenName", "Kim");
		request.put("familyName", "Customer");
		request.put("emails", List.of("customer." + unique() + "@example.com"));
		request.put("market", market);
		Api.Response response = this.api.post("/api/v1/customers", json(request));
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json();
	}

	public TicketBuilder aTicket() {
		return new TicketBuilder();
	}

	/** An API token as issued: its id and its secret. */
	public record Token(String id, String secret) {
	}

	/** A ticket as a client opens it, with sensible defaults for what a test ignores. */
	public final class TicketBuilder {

		private String subject = "Where is my order?";

		private String email = "customer." + unique() + "@example.com";

		private String country;

		/**
		 * No words, so no language evidence: the ticket takes the language the test gives
		 * it.
		 */
		private String body = "📦 #4471 ?";

		private String language;

		private final List<String> tags = new ArrayList<>();

		private String assigneeId;

		private TicketBuilder() {
		}

		public TicketBuilder about(String subject) {
			this.subject = subject;
			return this;
		}

		public TicketBuilder from(String email) {
			this.email = email;
			return this;
		}

		public TicketBuilder inMarket(String country) {
			this.country = country;
			return this;
		}

		public TicketBuilder inLanguage(String language) {
			this.language = language;
			return this;
		}

		public TicketBuilder saying(String body) {
			this.body = body;
			return this;
		}

		public TicketBuilder tagged(String... tags) {
			this.tags.addAll(List.of(tags));
			return this;
		}

		public TicketBuilder assignedTo(String agentId) {
			this.assigneeId = agentId;
			return this;
		}

		/** Opens the ticket and returns it as the API answered. */
		public JsonNode open() {
			Map<String, Object> customer = new LinkedHashMap<>();
			customer.put("email", this.email);
			if (this.country != null) {
				customer.put("country", this.country);
			}
			Map<String, Object> message = new LinkedHashMap<>();
			message.put("body", this.body);
			if (this.language != null) {
				message.put("language", this.language);
			}
			Map<String, Object> request = new LinkedHashMap<>();
			request.put("subject", this.subject);
			request.put("customer", customer);
			request.put("message", message);
			request.put("tags", this.tags);
			if (this.assigneeId != null) {
				request.put("assigneeId", this.assigneeId);
			}
			Api.Response response = Fixtures.this.api.post("/api/v1/tickets", json(request));
			assertThat(response.status()).as(response.toString()).isEqualTo(201);
			return response.json();
		}

	}

}
