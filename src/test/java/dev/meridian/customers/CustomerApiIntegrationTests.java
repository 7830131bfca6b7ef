package dev.meridian.customers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import dev.meridian.support.Simultaneous;
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
 * Customers and organizations through the real HTTP API on PostgreSQL.
 */
@IntegrationTest
class CustomerApiIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
		Fixtures fixtures = new Fixtures(this.api);
		fixtures.market("JP", "ja", "JPY", "Asia/Tokyo");
		fixtures.market("HU", "hu", "HUF", "Europe/Budapest");
		fixtures.market("DE", "de", "EUR", "Europe/Berlin");
	}

	@ParameterizedTest
	@CsvSource({ "JP, 花子, 田中, 田中花子", "HU, Zoltán, Nagy, Nagy Zoltán", "DE, Jürgen, Müller, Jürgen Müller" })
	void writesDisplayNameInTheOrderOfTheCustomersLocale(String market, String given, String family, String expected) {
		Api.Response created = this.api.post("/api/v1/customers", customer(
				Map.of("givenName", given, "familyName", family, "emails", List.of(email("name")), "market", market)));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().get("displayName").asString()).isEqualTo(expected);
		assertThat(created.json().get("givenName").asString()).isEqualTo(given);
		assertThat(created.json().get("familyName").asString()).isEqualTo(family);
		Api.Response fetched = this.api.get("/api/v1/customers/" + created.json().get("id").asString());
		assertThat(fetched.json().get("displayName").asString()).isEqualTo(expected);
	}

	@Test
	void takesLanguageAndZoneFromTheMarketWhenOmitted() {
		Api.Response created = this.api.post("/api/v1/customers",
				customer(Map.of("givenName", "Jürgen", "emails", List.of(email("defaults")), "market", "DE")));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.header("Location")).isEqualTo("/api/v1/customers/" + created.json().get("id").asString());
		assertThat(created.json().get("language").asString()).isEqualTo("de");
		assertThat(created.json().get("locale").asString()).isEqualTo("de");
		assertThat(created.json().get("timeZone").asString()).isEqualTo("Europe/Berlin");
		assertThat(created.json().get("market").asString()).isEqualTo("DE");
	}

	@Test
	void keepsLanguageAndZoneTheCustomerGave() {
		Api.Response created = this.api.post("/api/v1/customers", customer(Map.of("emails", List.of(email("given")),
				"market", "DE", "language", "tr", "timeZone", "Europe/Istanbul")));
		Api.Response languageOnly = this.api.post("/api/v1/customers",
				customer(Map.of("emails", List.of(email("language")), "market", "JP", "language", "en_us")));

		assertThat(created.json().get("language").asString()).isEqualTo("tr");
		assertThat(created.json().get("timeZone").asString()).isEqualTo("Europe/Istanbul");
		assertThat(languageOnly.json().get("language").asString()).isEqualTo("en-US");
		assertThat(languageOnly.json().get("timeZone").asString()).isEqualTo("Asia/Tokyo");
	}

	@Test
	void customerWithoutMarketHasUndeterminedLanguageNotEnglish() {
		Api.Response created = this.api.post("/api/v1/customers", customer(Map.of("emails", List.of(email("und")))));

		assertThat(created.json().get("language").asString()).isEqualTo("und");
		assertThat(created.json().get("timeZone").isNull()).isTrue();
	}

	@Test
	void findsCustomerByEmailIgnoringCase() {
		String email = email("find");
		String id = this.api.post("/api/v1/customers", customer(Map.of("emails", List.of(email))))
			.json()
			.get("id")
			.asString();

		Api.Response found = this.api.get("/api/v1/customers?email=" + email.toUpperCase());
		Api.Response none = this.api.get("/api/v1/customers?email=" + email("nobody"));

		assertThat(found.status()).isEqualTo(200);
		assertThat(ids(found)).containsExactly(id);
		assertThat(ids(none)).isEmpty();
	}

	@Test
	void refusesSearchByMalformedEmailWithFieldError() {
		assertFieldError(this.api.get("/api/v1/customers?email=not-an-address"), "email");
	}

	@Test
	void pagesThroughAllCustomersOnceInOrderOfCreation() {
		List<String> created = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			created.add(this.api.post("/api/v1/customers", customer(Map.of("emails", List.of(email("page" + i)))))
				.json()
				.get("id")
				.asString());
		}

		List<JsonNode> all = new ArrayList<>();
		String cursor = null;
		int pages = 0;
		do {
			Api.Response page = this.api.get("/api/v1/customers?limit=5" + (cursor == null ? "" : "&cursor=" + cursor));
			assertThat(page.status()).as(page.toString()).isEqualTo(200);
			assertThat(page.json().get("items").size()).isLessThanOrEqualTo(5);
			page.json().get("items").forEach(all::add);
			cursor = page.json().get("nextCursor").isNull() ? null : page.json().get("nextCursor").asString();
			pages++;
		}
		while (cursor != null && pages < 1000);

		List<String> ids = all.stream().map(customer -> customer.get("id").asString()).toList();
		assertThat(ids).doesNotHaveDuplicates();
		assertThat(ids).containsSubsequence(created);
		// Not "the last seven": the server is shared, and another test's work still
		// running
		// (a chat visitor, a mailed request) may add a customer after them.
		assertThat(all.stream().map(customer -> customer.get("createdAt").asString()).map(Instant::parse).toList())
			.isSorted();
		assertThat(pages).isGreaterThanOrEqualTo(2);
	}

	@ParameterizedTest
	@ValueSource(strings = { "not-a-cursor", "YWJj", "MjAyNi0wMS0wMVQwMDowMDowMFp8bm90LWEtdXVpZA" })
	void refusesCursorItDidNotHandOutWithFieldError(String cursor) {
		assertFieldError(this.api.get("/api/v1/customers?cursor=" + cursor), "cursor");
	}

	@Test
	void refusesSecondCustomerWithTheSameEmailInAnyCase() {
		String email = email("twice");
		assertThat(this.api.post("/api/v1/customers", customer(Map.of("emails", List.of(email)))).status())
			.isEqualTo(201);

		Api.Response again = this.api.post("/api/v1/customers",
				customer(Map.of("emails", List.of(email("other"), email.toUpperCase()))));

		assertThat(assertProblem(again, 409).get("type").asString()).isEqualTo("urn:meridian:problem:email-in-use");
	}

	@Test
	void keepsOneAddressWhenTheSameEmailIsGivenTwiceInDifferentCase() {
		String email = email("Case");

		Api.Response created = this.api.post("/api/v1/customers",
				customer(Map.of("emails", List.of(email, email.toLowerCase()))));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().get("emails").valueStream().map(JsonNode::asString)).containsExactly(email);
	}

	@ParameterizedTest
	@ValueSource(strings = { "plainaddress", "two@@example.com", "no-domain@", "spaces in@example.com", "dot@example" })
	void refusesInvalidEmailNamingTheEmailsField(String email) {
		Api.Response response = this.api.post("/api/v1/customers", customer(Map.of("emails", List.of(email))));

		assertThat(assertProblem(response, 400).get("errors").valueStream().map(error -> error.get("field").asString()))
			.anyMatch(field -> field.startsWith("emails"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "12", "0049 30 123456", "+0123456789", "+49 30 1234 5678 9012 3456", "call me" })
	void refusesPhoneNotInE164NamingThePhonesField(String phone) {
		Api.Response response = this.api.post("/api/v1/customers",
				customer(Map.of("emails", List.of(email("phone")), "phones", List.of(phone))));

		assertFieldError(response, "phones[0]");
	}

	@Test
	void normalizesPhoneNumbersToE164() {
		Api.Response created = this.api.post("/api/v1/customers",
				customer(Map.of("emails", List.of(email("phone")), "phones", List.of("+49 (30) 123-456.78"))));

		assertThat(created.json().get("phones").valueStream().map(JsonNode::asString)).containsExactly("+493012345678");
	}

	@Test
	void refusesCustomerWithoutEmail() {
		assertFieldError(this.api.post("/api/v1/customers", customer(Map.of("emails", List.of()))), "emails");
	}

	@Test
	void refusesMarketThatDoesNotExist() {
		assertFieldError(this.api.post("/api/v1/customers",
				customer(Map.of("emails", List.of(email("market")), "market", "AQ"))), "market");
	}

	@Test
	void updatesCustomerAndRefusesEmailOfAnother() {
		String otherEmail = email("taken");
		this.api.post("/api/v1/customers", customer(Map.of("emails", List.of(otherEmail))));
		String id = this.api.post("/api/v1/customers", customer(Map.of("emails", List.of(email("update")))))
			.json()
			.get("id")
			.asString();

		Api.Response updated = this.api.put("/api/v1/customers/" + id, customer(
				Map.of("givenName", "花子", "familyName", "佐藤", "emails", List.of(email("renamed")), "market", "JP")));
		Api.Response conflict = this.api.put("/api/v1/customers/" + id,
				customer(Map.of("emails", List.of(otherEmail.toUpperCase()))));

		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(updated.json().get("displayName").asString()).isEqualTo("佐藤花子");
		assertThat(updated.json().get("timeZone").asString()).isEqualTo("Asia/Tokyo");
		assertProblem(conflict, 409);
	}

	@Test
	void deletesCustomerWithoutTicketsButNotOneWithTickets() {
		String lonely = this.api.post("/api/v1/customers", customer(Map.of("emails", List.of(email("lonely")))))
			.json()
			.get("id")
			.asString();
		String email = email("ticket");
		String withTicket = new Fixtures(this.api).aTicket().from(email).open().get("customer").get("id").asString();

		assertThat(this.api.delete("/api/v1/customers/" + lonely).status()).isEqualTo(204);
		assertProblem(this.api.get("/api/v1/customers/" + lonely), 404);
		assertThat(assertProblem(this.api.delete("/api/v1/customers/" + withTicket), 409).get("type").asString())
			.isEqualTo("urn:meridian:problem:customer-has-tickets");
		assertThat(this.api.get("/api/v1/customers/" + withTicket).status()).isEqualTo(200);
	}

	@Test
	void createsReadsUpdatesAndDeletesAnOrganization() {
		String name = "ACME " + unique();
		Api.Response created = this.api.post("/api/v1/organizations",
				json(Map.of("name", name, "domains", List.of("ACME.example", " acme.example "), "market", "DE")));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(created.header("Location")).isEqualTo("/api/v1/organizations/" + id);
		assertThat(created.json().get("domains").valueStream().map(JsonNode::asString)).containsExactly("acme.example");
		assertThat(this.api.get("/api/v1/organizations/" + id).json().get("name").asString()).isEqualTo(name);
		assertThat(this.api.get("/api/v1/organizations")
			.json()
			.get("items")
			.valueStream()
			.map(organization -> organization.get("id").asString())).contains(id);

		Api.Response updated = this.api.put("/api/v1/organizations/" + id,
				json(Map.of("name", name + " GmbH", "domains", List.of("acme.example", "acme.de"))));
		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(updated.json().get("name").asString()).isEqualTo(name + " GmbH");
		assertThat(updated.json().get("domains").valueStream().map(JsonNode::asString)).containsExactly("acme.example",
				"acme.de");
		assertThat(updated.json().get("market").isNull()).isTrue();

		assertThat(this.api.delete("/api/v1/organizations/" + id).status()).isEqualTo(204);
		assertProblem(this.api.get("/api/v1/organizations/" + id), 404);
	}

	@Test
	void refusesDeletingOrganizationCustomersBelongTo() {
		String id = this.api.post("/api/v1/organizations", json(Map.of("name", "Globex " + unique())))
			.json()
			.get("id")
			.asString();
		Api.Response member = this.api.post("/api/v1/customers",
				customer(Map.of("emails", List.of(email("member")), "organizationId", id)));
		assertThat(member.json().get("organizationId").asString()).isEqualTo(id);

		Api.Response response = this.api.delete("/api/v1/organizations/" + id);

		assertThat(assertProblem(response, 409).get("type").asString())
			.isEqualTo("urn:meridian:problem:organization-has-customers");
	}

	@Test
	void refusesOrganizationWithoutName() {
		assertFieldError(this.api.post("/api/v1/organizations", json(Map.of("name", " "))), "name");
	}

	@Test
	void refusesCustomerInOrganizationThatDoesNotExistAsInvalidValue() {
		Api.Response response = this.api.post("/api/v1/customers", customer(
				Map.of("emails", List.of(email("orphan")), "organizationId", "00000000-0000-0000-0000-000000000000")));

		assertFieldError(response, "organizationId");
	}

	@Test
	void refusesNulCharacterInNameWithFieldError() {
		Api.Response response = this.api.post("/api/v1/customers",
				customer(Map.of("givenName", "Ha\u0000nako", "emails", List.of(email("nul")))));

		assertFieldError(response, "givenName");
	}

	@Test
	void acceptsNamesOf200CharactersOutsideTheBasicMultilingualPlane() {
		String name = "𠮷".repeat(200);

		Api.Response created = this.api.post("/api/v1/customers",
				customer(Map.of("givenName", name, "emails", List.of(email("long")))));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().get("givenName").asString()).isEqualTo(name);
	}

	@Test
	void simultaneousCreationWithOneEmailIsOneCreatedAndConflictsOnly() throws Exception {
		String body = customer(Map.of("emails", List.of(email("race"))));

		List<Integer> statuses = Simultaneous.calls(8, () -> this.api.post("/api/v1/customers", body).status());

		assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
	}

	private static String customer(Map<String, Object> fields) {
		return json(new LinkedHashMap<>(fields));
	}

	private static String email(String purpose) {
		return purpose + "." + unique() + "@example.com";
	}

	private static List<String> ids(Api.Response list) {
		return list.json().get("items").valueStream().map(customer -> customer.get("id").asString()).toList();
	}

}
