package dev.meridian.web.api;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.meridian.support.ApiAssertions.assertFieldError;
import static dev.meridian.support.ApiAssertions.assertProblem;
import static dev.meridian.support.Fixtures.json;
import static dev.meridian.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What clients get wrong, sent to the real server: every mistake is answered with a 4xx
 * problem+json that says what is wrong, never with a 5xx, and nothing a client sends
 * correctly is changed on the way.
 */
@IntegrationTest
class BadInputApiIntegrationTests {

	private static final int API_LIMIT = 2 * 1024 * 1024;

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"subject\": \"x\", ", "{subject: \"x\"}", "not json at all", "{\"subject\":\"x\"}}",
			"{\"subject\":'x'}", "" })
	void malformedJsonIsABadRequestProblem(String body) {
		Api.Response response = this.api.post("/api/v1/tickets", body);

		assertThat(assertProblem(response, 400).has("errors")).isTrue();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "\"priority\": 5 | priority", "\"tags\": \"x\" | tags", "\"customer\": \"x\" | customer",
					"\"subject\": [\"x\"] | subject", "\"assigneeId\": \"nobody\" | assigneeId",
					"\"tags\": [7, {}] | tags[1]", "\"message\": 7 | message" })
	void wrongTypeIsAFieldError(String member, String field) {
		Api.Response response = this.api.post("/api/v1/tickets", withMember(member));

		assertFieldError(response, field);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "\"priority\": \"critical\" | priority", "\"channel\": \"fax\" | channel",
			"\"priority\": \"\" | priority" })
	void unknownEnumValueIsAFieldErrorListingTheAcceptedOnes(String member, String field) {
		Api.Response response = this.api.post("/api/v1/tickets", withMember(member));

		JsonNode problem = assertFieldError(response, field);
		assertThat(problem.get("detail").asString()).contains("is not one of");
	}

	@Test
	void missingCustomerEmailIsAFieldError() {
		assertFieldError(
				this.api.post("/api/v1/tickets",
						"{\"subject\":\"Hello\",\"customer\":{\"name\":\"Anna\"},\"message\":{\"body\":\"Hi\"}}"),
				"customer.email");
	}

	@Test
	void missingCustomerAndMessageAreFieldErrors() {
		JsonNode problem = assertProblem(this.api.post("/api/v1/tickets", "{\"subject\":\"Hello\"}"), 400);

		assertThat(problem.get("errors").valueStream().map(error -> error.get("field").asString())).contains("customer",
				"message");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "\t\n", "\u3000" })
	void emptySubjectIsAFieldError(String subject) {
		assertFieldError(this.api.post("/api/v1/tickets", ticket(subject, "Body")), "subject");
	}

	@Test
	void subjectOf501CharactersIsRefusedCountingCodePoints() {
		assertFieldError(this.api.post("/api/v1/tickets", ticket("a".repeat(501), "Body")), "subject");
		assertFieldError(this.api.post("/api/v1/tickets", ticket("😀".repeat(501), "Body")), "subject");
	}

	@Test
	void subjectOf500CharactersOutsideTheBasicPlaneIsAccepted() {
		String subject = "𠮷".repeat(250) + "😀".repeat(250);

		Api.Response created = this.api.post("/api/v1/tickets", ticket(subject, "Body"));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().get("subject").asString()).isEqualTo(subject);
	}

	@Test
	void nulCharacterInSubjectOrBodyIsAFieldError() {
		assertFieldError(this.api.post("/api/v1/tickets", ticket("Hello\u0000", "Body")), "subject");
		assertFieldError(this.api.post("/api/v1/tickets", ticket("Hello", "Bo\u0000dy")), "message.body");
	}

	@Test
	void unpairedSurrogateIsAFieldError() {
		String brokenSubject = "{\"subject\":\"broken \\ud83d\",\"customer\":{\"email\":\"s." + unique()
				+ "@example.com\"},\"message\":{\"body\":\"Body\"}}";
		String brokenBody = "{\"subject\":\"Hello\",\"customer\":{\"email\":\"s." + unique()
				+ "@example.com\"},\"message\":{\"body\":\"broken \\ude00 end\"}}";

		assertFieldError(this.api.post("/api/v1/tickets", brokenSubject), "subject");
		assertFieldError(this.api.post("/api/v1/tickets", brokenBody), "message.body");
	}

	@Test
	void nulCharacterInCustomerNameIsAFieldError() {
		String body = json(Map.of("subject", "Hello", "customer",
				Map.of("email", "nul." + unique() + "@example.com", "name", "An\u0000na"), "message",
				Map.of("body", "Hi")));

		assertFieldError(this.api.post("/api/v1/tickets", body), "customer.name");
	}

	@Test
	void invalidCustomerEmailOrPhoneNamesTheFieldAsSent() {
		String badEmail = json(Map.of("subject", "Hello", "customer", Map.of("email", "not-an-address"), "message",
				Map.of("body", "Hi")));
		String badPhone = json(Map.of("subject", "Hello", "customer",
				Map.of("email", "phone." + unique() + "@example.com", "phone", "12"), "message", Map.of("body", "Hi")));

		assertFieldError(this.api.post("/api/v1/tickets", badEmail), "customer.email");
		assertFieldError(this.api.post("/api/v1/tickets", badPhone), "customer.phone");
	}

	@Test
	void invalidUtf8IsABadRequestProblem() {
		byte[] body = "{\"subject\":\"?\",\"customer\":{\"email\":\"a@example.com\"},\"message\":{\"body\":\"x\"}}"
			.getBytes(StandardCharsets.UTF_8);
		body[12] = (byte) 0xff;

		assertProblem(this.api.post("/api/v1/tickets", body, "application/json"), 400);
	}

	@Test
	void deeplyNestedJsonIsABadRequestProblem() {
		String nested = "[".repeat(5_000) + "]".repeat(5_000);

		assertProblem(this.api.post("/api/v1/tickets", "{\"subject\":" + nested + "}"), 400);
	}

	@Test
	void bodyOverTheApiLimitIsContentTooLarge() {
		byte[] body = oversizedTicket();

		Api.Response response = this.api.post("/api/v1/tickets", body, "application/json");

		assertThat(assertProblem(response, 413).get("type").asString())
			.isEqualTo("urn:meridian:problem:payload-too-large");
	}

	@Test
	void streamedBodyOverTheApiLimitIsContentTooLarge() {
		Api.Response response = this.api.postChunked("/api/v1/tickets", oversizedTicket(), "application/json");

		assertThat(assertProblem(response, 413).get("type").asString())
			.isEqualTo("urn:meridian:problem:payload-too-large");
	}

	@Test
	void streamedBodyOverTheApiLimitWithIdempotencyKeyIsContentTooLarge() {
		Api.Response response = this.api.withHeader("Idempotency-Key", "large-" + unique())
			.postChunked("/api/v1/tickets", oversizedTicket(), "application/json");

		assertProblem(response, 413);
	}

	@Test
	void requestNearTheApiLimitIsAccepted() {
		byte[] scan = new byte[1024 * 1024];
		Arrays.fill(scan, (byte) 7);
		Map<String, Object> ticket = new LinkedHashMap<>();
		ticket.put("subject", "Large but allowed");
		ticket.put("customer", Map.of("email", "large." + unique() + "@example.com"));
		ticket.put("message", Map.of("body", "x".repeat(190_000), "attachments",
				List.of(Map.of("name", "scan.bin", "content", Base64.getEncoder().encodeToString(scan)))));
		String body = json(ticket);
		assertThat(body.length()).isBetween(API_LIMIT * 3 / 4, API_LIMIT);

		Api.Response created = this.api.withHeader("Idempotency-Key", "large-" + unique())
			.postChunked("/api/v1/tickets", body.getBytes(StandardCharsets.UTF_8), "application/json");

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
	}

	@Test
	void anyUnicodeInSubjectAndBodyComesBackExactly() {
		String subject = "\u200fمرحبا بالعالم 👩\u200d👩\u200d👧\u200d👦 🇯🇵 👍🏽 𠮷野家 e\u0301 \u202eevil\u202c Ｆｕｌｌ ﷽ x\u200by";
		String body = "  Leading spaces\r\n\tand tabs: " + subject + "\nקו חדש \u2028 Zalgo: Z̷̢̛a̵̡l̸g̶o̵ "
				+ "\ufeffBOM, noncharacter \uffff, a\u0308 vs ä, 한국어 ᄒᆞᆫ글 trailing  \n\n";

		Api.Response created = this.api.post("/api/v1/tickets", ticket(subject, body));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(created.json().get("subject").asString()).isEqualTo(subject);
		assertThat(this.api.get("/api/v1/tickets/" + id).json().get("subject").asString()).isEqualTo(subject);
		JsonNode message = this.api.get("/api/v1/tickets/" + id + "/messages").json().get("items").get(0);
		assertThat(message.get("text").asString()).isEqualTo(body);
		assertThat(message.get("text").asString().getBytes(StandardCharsets.UTF_8))
			.isEqualTo(body.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void htmlWithBogusCharacterReferencesIsNoServerError() {
		String ticket = this.api.post("/api/v1/tickets", ticket("Entities", "Body")).json().get("id").asString();

		Api.Response response = this.api.post("/api/v1/tickets/" + ticket + "/messages",
				json(Map.of("html", "<p>&#99999999999; &#x110000; &#xD800; &#0; &bogus; &amp;#0; ok</p>")));

		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		assertThat(response.json().get("text").asString()).doesNotContain("\u0000").endsWith("ok");
	}

	@ParameterizedTest
	@ValueSource(strings = { "text/plain", "application/xml", "application/x-www-form-urlencoded" })
	void bodyThatIsNotJsonIsUnsupportedMediaType(String contentType) {
		Api.Response response = this.api.post("/api/v1/tickets",
				ticket("Hello", "Body").getBytes(StandardCharsets.UTF_8), contentType);

		assertProblem(response, 415);
	}

	@Test
	void messageThatIsNotJsonIsUnsupportedMediaType() {
		String ticket = this.api.post("/api/v1/tickets", ticket("Not JSON", "Body")).json().get("id").asString();

		Api.Response response = this.api.post("/api/v1/tickets/" + ticket + "/messages",
				"{\"body\":\"Hi\"}".getBytes(StandardCharsets.UTF_8), "text/plain");

		assertProblem(response, 415);
	}

	@Test
	void patchThatIsNotJsonIsUnsupportedMediaTypeProblem() {
		String ticket = this.api.post("/api/v1/tickets", ticket("Patch", "Body")).json().get("id").asString();

		Api.Response response = this.api.send("PATCH", "/api/v1/tickets/" + ticket,
				"{\"priority\":\"high\"}".getBytes(StandardCharsets.UTF_8), "text/plain");

		assertProblem(response, 415);
	}

	@Test
	void unknownPathIsNotFoundProblem() {
		assertProblem(this.api.get("/api/v1/no-such-thing"), 404);
		assertProblem(this.api.post("/api/v1/tickets/" + UUID.randomUUID() + "/nothing", "{}"), 404);
	}

	@Test
	void unsupportedMethodIsMethodNotAllowedProblem() {
		Api.Response response = this.api.delete("/api/v1/tickets/" + UUID.randomUUID());

		assertProblem(response, 405);
		assertThat(response.header("Allow")).isNotBlank();
	}

	@Test
	void unknownPathIsNeverAServerError() {
		Api.Response response = this.api.get("/api/v1/no-such-thing");

		assertThat(response.status()).isEqualTo(404);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/tickets/not-a-uuid", "/api/v1/tickets/1234", "/api/v1/customers/%20",
			"/api/v1/agents/zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz",
			"/api/v1/tickets/00000000-0000-0000-0000-000000000000/attachments/x" })
	void badUuidInThePathIsABadRequestProblem(String path) {
		assertProblem(this.api.get(path), 400);
	}

	@Test
	void idOfNothingInThePathIsNotFoundProblem() {
		assertProblem(this.api.get("/api/v1/tickets/00000000-0000-0000-0000-000000000000"), 404);
		assertProblem(this.api.get("/api/v1/tickets/00000000-0000-0000-0000-000000000000/messages"), 404);
	}

	@Test
	void reusingAnIdempotencyKeyForAnotherRequestIsUnprocessable() {
		Api keyed = this.api.withHeader("Idempotency-Key", "reuse-" + unique());
		String email = "reuse." + unique() + "@example.com";
		Api.Response first = keyed.post("/api/v1/tickets", ticket("First", "Body", email));

		Api.Response second = keyed.post("/api/v1/tickets", ticket("Second", "Body", email));

		assertThat(first.status()).isEqualTo(201);
		assertThat(assertProblem(second, 422).get("type").asString())
			.isEqualTo("urn:meridian:problem:idempotency-key-reused");
		String customer = first.json().get("customer").get("id").asString();
		assertThat(this.api.get("/api/v1/tickets?customer=" + customer).json().get("items").size()).isEqualTo(1);
	}

	@Test
	void sameIdempotencyKeyOfAnotherCallerIsAnotherRequest() {
		String key = "shared-" + unique();
		Fixtures fixtures = new Fixtures(this.api);
		Api other = this.api.withToken(fixtures.token("agent", null, "tickets:read", "tickets:write").secret());

		Api.Response mine = this.api.withHeader("Idempotency-Key", key).post("/api/v1/tickets", ticket("Mine", "A"));
		Api.Response theirs = other.withHeader("Idempotency-Key", key).post("/api/v1/tickets", ticket("Theirs", "B"));

		assertThat(mine.status()).isEqualTo(201);
		assertThat(theirs.status()).as(theirs.toString()).isEqualTo(201);
		assertThat(theirs.header("Idempotent-Replayed")).isNull();
		assertThat(theirs.json().get("id").asString()).isNotEqualTo(mine.json().get("id").asString());
	}

	@ParameterizedTest
	@ValueSource(ints = { 256, 300, 4000 })
	void idempotencyKeyLongerThan255CharactersIsABadRequestProblem(int length) {
		Api.Response response = this.api.withHeader("Idempotency-Key", "k".repeat(length))
			.post("/api/v1/tickets", ticket("Keyed", "Body"));

		assertThat(assertProblem(response, 400).get("type").asString())
			.isEqualTo("urn:meridian:problem:invalid-idempotency-key");
	}

	private static String withMember(String member) {
		return "{\"subject\":\"Hello\",\"customer\":{\"email\":\"wrong.type@example.com\"},"
				+ "\"message\":{\"body\":\"Hi\"}," + member + "}";
	}

	private static String ticket(String subject, String body) {
		return ticket(subject, body, "bad.input." + unique() + "@example.com");
	}

	private static String ticket(String subject, String body, String email) {
		Map<String, Object> ticket = new LinkedHashMap<>();
		ticket.put("subject", subject);
		ticket.put("customer", Map.of("email", email));
		ticket.put("message", Map.of("body", body));
		return json(ticket);
	}

	private static byte[] oversizedTicket() {
		return ticket("Large", "x".repeat(API_LIMIT + 1024)).getBytes(StandardCharsets.UTF_8);
	}

}
