package dev.meridian.web.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static dev.meridian.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads every JSON the API answers to a GET, as a client in another country would: every
 * list endpoint under {@code /api/v1}, read from the server's own mappings so a new one
 * is crawled the day it is added, and one level below with ids found in those lists.
 * Every text must say its language beside it, every timestamp its zone or offset, every
 * amount its currency ({@link LocalityCheck}); deliberate exceptions stand in
 * {@link #ALLOWED} with their reason.
 */
@IntegrationTest
class ApiLanguageCrawlIntegrationTests {

	/**
	 * Places (endpoint pattern, then the JSON pointer with array indexes as {@code *})
	 * whose member is not free text although it has a text's name, each with why.
	 */
	static final Map<String, String> ALLOWED = Map.ofEntries(
			// Problem details' "title" is the problem type's name, a fixed English
			// identifier (RFC 9457); none is crawled, as only 200 answers are read.
			Map.entry("/api/v1/channels/email/quarantine /items/*/reason",
					"a reason code (no-sender, too-large, ...), documented in email.md, not prose"),
			Map.entry("/api/v1/channels/email/quarantine/{id} /reason", "the same reason code"),
			Map.entry("/api/v1/feedback/follow-ups /items/*/reason",
					"the reason code a customer picked for a low rating (not_solved, too_slow, ...), feedback.md"));

	/** Query parameters an endpoint needs to answer at all. */
	private final Map<String, String> queries = new LinkedHashMap<>(Map.of("/api/v1/knowledge/search",
			"q=parcel&locale=en", "/api/v1/search/tickets", "q=parcel", "/api/v1/holidays", "country=DE&year=2026",
			"/api/v1/commerce/exchange-rates/convert", "amount=10.00&from=EUR&to=USD",
			"/api/v1/commerce/landed-cost/explanation",
			"destinationCountry=DE&originCountry=CN&currency=EUR&hsCode=6109.10&value=100.00&quantity=1&shipping=5.00"));

	/** Path variables that are not ids from a list. */
	static final Map<String, String> VALUES = Map.of("language", "de");

	/** Not read: answers that are not JSON documents, or requests that change state. */
	static final Set<String> SKIPPED = Set.of("/api/v1/privacy/downloads/{token}");

	/** How many ids per endpoint are read one level down. */
	static final int IDS_PER_ENDPOINT = 3;

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}/:]+)(:[^}]*)?}");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/** Items of the lists read so far, by the path segment that names them. */
	private final Map<String, List<JsonNode>> itemsBySegment = new LinkedHashMap<>();

	/** Ids this test created: read first, so the crawl always sees a realistic spread. */
	private final Set<String> own = new LinkedHashSet<>();

	private final Set<String> findings = new TreeSet<>();

	private final Set<String> notRead = new TreeSet<>();

	private final Set<String> read = new TreeSet<>();

	@Test
	void everyTextSaysItsLanguageEveryTimeItsZoneEveryAmountItsCurrency() {
		Api api = Api.on(this.port).withHeader("Accept-Language", "de");
		spread(api);

		List<String> patterns = getPatterns();
		List<String> plain = patterns.stream().filter(p -> !p.contains("{")).toList();
		List<String> oneDown = new ArrayList<>(
				patterns.stream().filter(p -> VARIABLE.matcher(p).results().count() == 1).toList());
		patterns.stream()
			.filter(p -> VARIABLE.matcher(p).results().count() > 1)
			.forEach(p -> this.notRead.add(p + " (more than one level down)"));

		plain.forEach(pattern -> crawl(api, pattern, pattern));
		// Rounds, because some lists are themselves one level down (an order's
		// returns) and name the ids of another endpoint (a return).
		for (int round = 0; round < 2 && !oneDown.isEmpty(); round++) {
			for (String pattern : List.copyOf(oneDown)) {
				List<String> paths = resolve(pattern);
				if (!paths.isEmpty()) {
					oneDown.remove(pattern);
					paths.forEach(path -> crawl(api, pattern, path));
				}
			}
		}
		oneDown.forEach(pattern -> this.notRead.add(pattern + " (no id found)"));

		System.out.println("Crawled " + this.read.size() + " addresses; not read: " + this.notRead);
		assertThat(this.read).as("addresses read").hasSizeGreaterThan(40);
		assertThat(this.read).as("the spread this test made is read")
			.anyMatch(path -> path.matches("/api/v1/tickets/[0-9a-f-]+/messages"))
			.anyMatch(path -> path.matches("/api/v1/commerce/orders/[0-9a-f-]+/returns"))
			.anyMatch(path -> path.startsWith("/api/v1/knowledge/freshness"))
			.anyMatch(path -> path.startsWith("/api/v1/coverage"));
		assertThat(this.findings).as("texts without language, times without zone, amounts without currency").isEmpty();
	}

	@Test
	void writesCoverageGapsInTheCallersLanguageAndSaysSo() {
		Api api = Api.on(this.port);
		Fixtures fixtures = new Fixtures(api);
		JsonNode agent = fixtures.agent("agent");
		String team = created(
				api.post("/api/v1/teams",
						json(Map.of("name", "Lücken-Team " + Fixtures.unique(), "members",
								List.of(agent.get("id").asString()), "languages", List.of("de")))))
			.get("id")
			.asString();
		String coverage = "/api/v1/coverage?week=2026-W50&zone=Europe/Berlin&team=" + team;

		Api.Response german = api.withHeader("Accept-Language", "de-AT, en;q=0.5").get(coverage);
		Api.Response japanese = api.withHeader("Accept-Language", "ja").get(coverage);

		assertThat(german.status()).as(german.toString()).isEqualTo(200);
		assertThat(german.header("Content-Language")).isEqualTo("de");
		JsonNode gap = german.json().get("languages").get(0).get("gaps").get(0);
		assertThat(gap.get("textLanguage").asString()).isEqualTo("de");
		assertThat(gap.get("text").asString()).startsWith("niemand mit");
		assertThat(japanese.header("Content-Language")).isEqualTo("ja");
		assertThat(japanese.json().get("languages").get(0).get("gaps").get(0).get("textLanguage").asString())
			.isEqualTo("ja");
		assertThat(LocalityCheck.findings(german.json())).isEmpty();
	}

	/**
	 * An agent in a team, an organization, a customer, a ticket with a reply and a note,
	 * an article with missing translations, a macro, a market's playbook, an order with a
	 * shipment (and a carrier's event) and a return.
	 */
	private void spread(Api api) {
		Fixtures fixtures = new Fixtures(api);
		fixtures.market("DE", "de", "EUR", "Europe/Berlin");
		// A market no other test creates: MarketApiIntegrationTests expects to create LU
		// itself.
		fixtures.market("GI", "en", "GBP", "Europe/Gibraltar");
		String u = Fixtures.unique();

		JsonNode agent = fixtures.agent("agent");
		this.own.add(agent.get("id").asString());
		this.own.add(created(api.post("/api/v1/teams", json(Map.of("name", "Paket-Team " + u, "members",
				List.of(agent.get("id").asString()), "markets", List.of("DE"), "languages", List.of("de")))))
			.get("id")
			.asString());
		this.own.add(created(api.post("/api/v1/organizations",
				json(Map.of("name", "Crawl GmbH " + u, "domains", List.of("crawl-" + u + ".example"), "market", "DE"))))
			.get("id")
			.asString());

		JsonNode ticket = fixtures.aTicket()
			.about("Paket " + u + " nicht angekommen")
			.saying("Mein Paket ist seit einer Woche unterwegs.")
			.inLanguage("de")
			.inMarket("DE")
			.open();
		this.own.add(ticket.get("id").asString());
		this.own.add(ticket.get("customer").get("id").asString());
		String messages = "/api/v1/tickets/" + ticket.get("id").asString() + "/messages";
		created(api.post(messages, json(Map.of("body", "Wir sehen nach und melden uns morgen."))));
		created(api.post(messages, json(Map.of("body", "DHL anrufen.", "visibility", "internal"))));

		JsonNode article = created(api.post("/api/v1/knowledge/articles",
				json(Map.of("sourceLocale", "en", "translations",
						List.of(Map.of("locale", "en", "title", "Tracking parcel " + u, "body",
								"Follow your parcel with the tracking number from the shipping email.", "status",
								"published"))))));
		this.own.add(article.get("id").asString());

		JsonNode macro = created(api.post("/api/v1/macros", json(Map.of("name", "Parcel late " + u, "language", "de",
				"body", "Hallo {{customer.name}}, Ihr Paket ist unterwegs."))));
		this.own.add(macro.get("id").asString());

		Api.Response playbook = api.put("/api/v1/markets/GI/playbook", json(Map.of("language", "en", "items",
				List.of("Greet in English; offer Spanish if the customer writes it."))));
		assertThat(playbook.status()).as(playbook.toString()).isEqualTo(200);

		JsonNode order = created(api.post("/api/v1/commerce/orders", """
				{"number": "CRAWL-%s", "customer": {"email": "buyer.%s@example.com", "name": "Test Buyer"},
				 "currency": "EUR", "placedAt": "%s", "paymentMethod": "card",
				 "items": [{"sku": "MUG", "title": "Tasse %s", "quantity": 1, "unitPrice": "12.00",
				            "hsCode": "6912.00", "originCountry": "PT"}],
				 "shippingAddress": {"country": "DE", "city": "Köln", "line1": "Domstraße 1"},
				 "shipping": {"amount": "4.90"}}
				""".formatted(u, u, java.time.Instant.now().minusSeconds(86_400 * 3), u)));
		this.own.add(order.get("id").asString());
		this.queries.put("/api/v1/commerce/orders", "customer=" + order.get("customerId").asString());
		JsonNode shipment = created(api.post("/api/v1/commerce/orders/" + order.get("id").asString() + "/shipments",
				json(Map.of("carrier", "DHL", "trackingNumber", "CRAWL" + u, "destinationCountry", "DE",
						"originCountry", "PT", "items", List.of(Map.of("sku", "MUG", "quantity", 1))))));
		this.own.add(shipment.get("id").asString());
		created(api.post("/api/v1/commerce/shipments/" + shipment.get("id").asString() + "/events",
				json(Map.of("status", "in_transit", "occurredAt", "2026-12-02T18:00:00+01:00", "location", "Leipzig",
						"description", "Sendung im Paketzentrum bearbeitet"))));
		JsonNode returned = created(api.post("/api/v1/commerce/orders/" + order.get("id").asString() + "/returns",
				json(Map.of("items", List.of(Map.of("sku", "MUG", "quantity", 1, "reason", "Kam zerbrochen an."))))));
		this.own.add(returned.get("id").asString());
	}

	private static JsonNode created(Api.Response response) {
		assertThat(response.status()).as(response.toString()).isIn(200, 201);
		return response.json();
	}

	/** Every GET pattern under /api/v1 whose answer is JSON. */
	private List<String> getPatterns() {
		Set<String> patterns = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : this.mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = mapping.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			boolean json = info.getProducesCondition().isEmpty() || info.getProducesCondition()
				.getProducibleMediaTypes()
				.stream()
				.anyMatch(type -> type.getSubtype().contains("json"));
			if (!methods.contains(RequestMethod.GET) || !json) {
				continue;
			}
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/api/v1/") && !SKIPPED.contains(pattern) && !pattern.contains("test-only")) {
					patterns.add(pattern);
				}
			}
		}
		return List.copyOf(patterns);
	}

	/** The pattern with its one variable replaced by ids found in a list read before. */
	private List<String> resolve(String pattern) {
		Matcher variable = VARIABLE.matcher(pattern);
		variable.find();
		String name = variable.group(1);
		if (VALUES.containsKey(name)) {
			return List.of(variable.replaceFirst(VALUES.get(name)));
		}
		String before = pattern.substring(0, variable.start());
		String segment = before.substring(before.lastIndexOf('/', before.length() - 2) + 1, before.length() - 1);
		List<String> values = new ArrayList<>();
		for (JsonNode item : this.itemsBySegment.getOrDefault(segment, List.of())) {
			for (String member : List.of(name, "id", "code", "key")) {
				JsonNode value = item.get(member);
				if (value != null && value.isString() && !value.asString().isBlank()) {
					values.add(value.asString());
					break;
				}
			}
		}
		List<String> chosen = new ArrayList<>(values.stream().filter(this.own::contains).distinct().toList());
		values.stream().distinct().filter(value -> !chosen.contains(value)).forEach(chosen::add);
		return chosen.stream()
			.limit(IDS_PER_ENDPOINT)
			.map(value -> variable.replaceFirst(Matcher.quoteReplacement(encoded(value))))
			.toList();
	}

	private static String encoded(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
	}

	private void crawl(Api api, String pattern, String path) {
		String query = this.queries.get(pattern);
		Api.Response response = api.get(query == null ? path : path + "?" + query);
		if (response.status() >= 500) {
			this.findings.add(path + " answered " + response);
			return;
		}
		if (response.status() != 200 || response.contentType() == null
				|| !response.contentType().startsWith("application/json")) {
			this.notRead.add(path + " (" + response.status() + " " + response.contentType() + ")");
			return;
		}
		this.read.add(path);
		JsonNode body = response.json();
		remember(path, body);
		for (LocalityCheck.Finding finding : LocalityCheck.findings(body)) {
			String place = pattern + " " + finding.pointer().replaceAll("/\\d+(?=/|$)", "/*");
			if (!ALLOWED.containsKey(place)) {
				this.findings.add(path + " " + finding);
			}
		}
	}

	/** The items of a list, under the last segment of its path. */
	private void remember(String path, JsonNode body) {
		String segment = path.substring(path.lastIndexOf('/') + 1);
		List<JsonNode> items = this.itemsBySegment.computeIfAbsent(segment, key -> new ArrayList<>());
		if (body.isArray()) {
			body.forEach(items::add);
		}
		else if (body.isObject()) {
			for (Map.Entry<String, JsonNode> member : body.properties()) {
				if (member.getValue().isArray()) {
					member.getValue().forEach(item -> {
						if (item.isObject()) {
							items.add(item);
						}
					});
				}
			}
		}
	}

}
