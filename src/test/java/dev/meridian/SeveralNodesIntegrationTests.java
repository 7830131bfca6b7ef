package dev.meridian;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import dev.meridian.routing.Routing;
import dev.meridian.sla.SlaBreached;
import dev.meridian.sla.internal.SlaAlarms;
import dev.meridian.support.Api;
import dev.meridian.support.Eventually;
import dev.meridian.support.Fixtures;
import dev.meridian.support.OpenSearchNode;
import dev.meridian.support.SharedDatabase;
import dev.meridian.support.Simultaneous;
import dev.meridian.support.TestClock;
import dev.meridian.tickets.TicketAssigned;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

import static dev.meridian.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Meridian nodes as a shop runs them when it outgrows one machine: two servers (two
 * Spring contexts on random ports in this JVM) on one PostgreSQL database and one real
 * OpenSearch node, with {@code meridian.search.backend=opensearch}. What one node writes
 * the other finds; what must happen once per cluster (routing a ticket, an SLA alarm)
 * happens once however both nodes' schedules race.
 */
class SeveralNodesIntegrationTests {

	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	private static OpenSearchNode search;

	private static SharedDatabase database;

	private static ConfigurableApplicationContext nodeA;

	private static ConfigurableApplicationContext nodeB;

	private static Api a;

	private static Api b;

	@BeforeAll
	static void startTwoNodes() {
		search = OpenSearchNode.start();
		database = SharedDatabase.fresh("nodes");
		// One after the other: the first creates the indexes, the second only validates
		// them, as a rolling start of a cluster does.
		nodeA = start("a", "drop-and-create");
		nodeB = start("b", "create-or-validate");
		a = Api.on(port(nodeA)).withHeader("Accept-Language", "en");
		b = Api.on(port(nodeB)).withHeader("Accept-Language", "en");
	}

	@AfterAll
	static void stopNodes() {
		for (AutoCloseable closeable : new AutoCloseable[] { nodeB, nodeA, search, database }) {
			try {
				if (closeable != null) {
					closeable.close();
				}
			}
			catch (Exception ex) {
				// Each stops on its own; one failing to stop must not keep the others up.
			}
		}
	}

	@AfterEach
	void backToRealTime() {
		TestClock.reset();
	}

	@Test
	void articlesWrittenOnOneNodeAreFoundOnTheOtherInTheirOwnLanguages() {
		String u = letters();
		String german = article(a, "de", "Rücksendung %s".formatted(u),
				"Sie können Ihre Bestellung %s innerhalb von dreißig Tagen zurückschicken.".formatted(u));
		String french = article(a, "fr", "Livraison %s".formatted(u),
				"Les colis %s sont livrés en trois jours ouvrables.".formatted(u));
		String japanese = article(a, "ja", "配送について %s".formatted(u), "ご注文の商品 %s は三営業日以内に発送されます。".formatted(u));
		String spanish = article(a, "es", "Devoluciones %s".formatted(u),
				"Puede devolver sus pedidos %s durante treinta días.".formatted(u));

		// The stemmers of each language: inflected words find the article's own forms.
		assertThat(articleIds("Bestellungen+zurückschicken+" + u, "de")).contains(german);
		assertThat(articleIds("colis+livré+" + u, "fr")).contains(french);
		assertThat(articleIds("発送+" + u, "ja")).contains(japanese);
		assertThat(articleIds("pedido+devolver+" + u, "es")).contains(spanish);
	}

	@Test
	void ticketMessagesWrittenOnOneNodeAreFoundOnTheOther() {
		String u = letters();
		String german = ticket(a, "de", "Paket %s".formatted(u),
				"Meine Lieferung %s ist seit einer Woche unterwegs.".formatted(u));
		String portuguese = ticket(a, "pt", "Encomenda %s".formatted(u),
				"A minha encomenda %s ainda não chegou.".formatted(u));
		String english = ticket(a, "en", "Parcel %s".formatted(u),
				"My parcels %s were damaged during shipping.".formatted(u));

		assertThat(ticketIds("Lieferungen+" + u, "de")).contains(german);
		assertThat(ticketIds("encomendas+" + u, "pt")).contains(portuguese);
		assertThat(ticketIds("damage+parcel+" + u, "en")).contains(english);
	}

	@Test
	void aTicketCreatedOnOneNodeIsRoutedOnceWhileBothNodesOfferWaitingTickets() throws Exception {
		// No one is on shift: the ticket waits, and both nodes' periodic passes (every
		// 200 ms here) offer it; then an agent comes online on node B.
		String customer = "kunde." + letters() + "@example.de";
		JsonNode ticket = new Fixtures(a).aTicket().from(customer).inLanguage("de").saying("Wo ist mein Paket?").open();
		String id = ticket.get("id").asString();
		String agent = agent(b, "Europe/Berlin", "de");
		onShiftNow(b, agent, "Europe/Berlin");
		AtomicInteger caller = new AtomicInteger();
		Simultaneous.calls(6, () -> {
			if (caller.getAndIncrement() == 0) {
				return b.put("/api/v1/agents/" + agent + "/presence", json(Map.of("presence", "online"))).status();
			}
			return node(caller.get()).getBean(Routing.class).reoffer(false);
		});

		JsonNode assigned = Eventually.satisfies("the ticket assigned", () -> a.get("/api/v1/tickets/" + id).json(),
				t -> !t.get("assignee").isNull());
		assertThat(assigned.get("assignee").get("id").asString()).isEqualTo(agent);
		// Both nodes offer again, at once: still the one assignment.
		Simultaneous.calls(4, () -> node(caller.getAndIncrement()).getBean(Routing.class).reoffer(true));
		assertThat(Events.assignments(id)).isEqualTo(1);
		b.put("/api/v1/agents/" + agent + "/presence", json(Map.of("presence", "offline")));
	}

	@Test
	void anSlaBreachIsMarkedOnceWhileBothNodesCheck() throws Exception {
		String market = "LU";
		new Fixtures(a).market(market, "de", "EUR", "Europe/Luxembourg");
		List<Map<String, String>> weekly = new java.util.ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			weekly.add(Map.of("day", day(day), "start", "09:00", "end", "17:00"));
		}
		Api.Response calendar = a.put("/api/v1/calendars/markets/" + market,
				json(Map.of("zone", "Europe/Luxembourg", "weekly", weekly)));
		assertThat(calendar.status()).as(calendar.toString()).isEqualTo(200);
		Map<String, Object> policy = new LinkedHashMap<>();
		policy.put("name", "Nodes " + letters());
		policy.put("position", 1);
		policy.put("markets", List.of(market));
		policy.put("firstReplyMinutes", 30);
		policy.put("nextReplyMinutes", 60);
		policy.put("resolutionMinutes", 8 * 60);
		policy.put("warningLeadMinutes", 10);
		Api.Response created = a.post("/api/v1/sla-policies", json(policy));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = new Fixtures(a).aTicket().inMarket(market).open().get("id").asString();
		JsonNode sla = Eventually.satisfies("the ticket's first-reply due time",
				() -> b.get("/api/v1/tickets/" + id).json().get("sla"),
				s -> s != null && !s.get("firstReplyDueAt").isNull());

		// Past the due time, on both nodes at once (they share the test clock): their
		// scheduled checks race, and so do direct checks on each.
		Instant late = Instant.parse(sla.get("firstReplyDueAt").asString()).plus(Duration.ofMinutes(1));
		TestClock.travelTo(late);
		AtomicInteger caller = new AtomicInteger();
		Simultaneous.calls(8, () -> node(caller.getAndIncrement()).getBean(SlaAlarms.class).checkAt(late));
		Eventually.satisfies("the breach marked", () -> a.get("/api/v1/tickets/" + id).json().get("sla"),
				s -> s.get("breached").size() > 0);
		assertThat(Events.breaches(id)).isEqualTo(1);
	}

	private static ConfigurableApplicationContext start(String name, String indexes) {
		Map<String, String> properties = Map.ofEntries(Map.entry("server.port", "0"),
				Map.entry("meridian.database.url", database.url()),
				Map.entry("meridian.database.user", database.user()),
				Map.entry("meridian.database.password", database.password()),
				Map.entry("meridian.bootstrap-token", Api.ADMIN_TOKEN), Map.entry("meridian.demo.enabled", "false"),
				Map.entry("meridian.search.backend", "opensearch"),
				Map.entry("meridian.search.opensearch.uris", search.uri().toString()),
				// The test node has no analysis plugins (see OpenSearchAnalysis).
				Map.entry("meridian.search.opensearch.language-plugins", "false"),
				Map.entry("spring.jpa.properties.hibernate.search.schema_management.strategy", indexes),
				Map.entry("meridian.attachments.directory", "target/test-attachments-nodes-" + name),
				Map.entry("meridian.knowledge.index-directory", "target/test-index-nodes-" + name),
				Map.entry("meridian.knowledge.reindex-empty-on-start", "false"),
				Map.entry("meridian.language.apertium.managed", "false"),
				Map.entry("meridian.email.polling-enabled", "false"), Map.entry("meridian.sla.check-interval", "200ms"),
				Map.entry("meridian.routing.reoffer-interval", "200ms"),
				Map.entry("logging.level.dev.meridian.requests", "warn"));
		// As command-line arguments: they outrank application.properties (server.port).
		return new SpringApplicationBuilder(MeridianApplication.class, TestClock.class, Events.class).run(
				properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new));
	}

	private static ConfigurableApplicationContext node(int caller) {
		return caller % 2 == 0 ? nodeA : nodeB;
	}

	private static int port(ConfigurableApplicationContext node) {
		return ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	private static String article(Api api, String locale, String title, String body) {
		Api.Response response = api.post("/api/v1/knowledge/articles",
				json(Map.of("sourceLocale", locale, "translations",
						List.of(Map.of("locale", locale, "title", title, "body", body, "status", "published")))));
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	/** Article ids that node B finds, waiting for the outbox to reach OpenSearch. */
	private static List<String> articleIds(String q, String locale) {
		return Eventually.satisfies("articles found for " + q + " on node B",
				() -> b.get("/api/v1/knowledge/search?q=%s&locale=%s&limit=20".formatted(q, locale))
					.json()
					.get("results")
					.findValuesAsString("articleId"),
				ids -> !ids.isEmpty());
	}

	private static String ticket(Api api, String language, String subject, String body) {
		Api.Response response = api.post("/api/v1/tickets",
				json(Map.of("subject", subject, "customer",
						Map.of("email", "c." + letters() + "@example.com", "language", language), "message",
						Map.of("body", body, "language", language))));
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	private static List<String> ticketIds(String q, String language) {
		return Eventually.satisfies("tickets found for " + q + " on node B",
				() -> b.get("/api/v1/search/tickets?q=%s&language=%s".formatted(q, language))
					.json()
					.get("results")
					.findValuesAsString("ticketId"),
				ids -> !ids.isEmpty());
	}

	private static String agent(Api api, String zone, String language) {
		Api.Response response = api.post("/api/v1/agents",
				json(Map.of("email", "nodes." + letters() + "@example.com", "displayName", "Agent " + letters(), "role",
						"agent", "timeZone", zone, "uiLanguage", "en", "languages",
						List.of(Map.of("language", language, "proficiency", "native")))));
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	/** A shift from two hours ago to two hours ahead on the agent's wall clock. */
	private static void onShiftNow(Api api, String agent, String zone) {
		ZonedDateTime start = ZonedDateTime.now(ZoneId.of(zone)).minusHours(2);
		ZonedDateTime end = start.plusHours(4);
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("shifts", List
			.of(Map.of("day", day(start.getDayOfWeek()), "start", start.format(HH_MM), "end", end.format(HH_MM))));
		request.put("holidayRegion", null);
		request.put("capacity", Map.of("maxOpenTickets", 10, "maxConcurrentChats", 2));
		Api.Response response = api.put("/api/v1/agents/" + agent + "/availability", json(request));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
	}

	private static String day(DayOfWeek day) {
		return day.name().toLowerCase(Locale.ROOT);
	}

	/** Letters only: a unique word that no analyser splits (digits would, in CJK). */
	private static String letters() {
		StringBuilder word = new StringBuilder();
		java.util.concurrent.ThreadLocalRandom.current().ints(12, 'a', 'z' + 1).forEach(c -> word.append((char) c));
		return word.toString();
	}

	/**
	 * Counts what both nodes publish: the listeners of both contexts write to the same
	 * counters, since both run in this JVM.
	 */
	@Configuration(proxyBeanMethods = false)
	static class Events {

		static final Map<String, AtomicInteger> ASSIGNED = new ConcurrentHashMap<>();

		static final Map<String, AtomicInteger> BREACHED = new ConcurrentHashMap<>();

		static int assignments(String ticket) {
			return ASSIGNED.getOrDefault(ticket, new AtomicInteger()).get();
		}

		static int breaches(String ticket) {
			return BREACHED.getOrDefault(ticket, new AtomicInteger()).get();
		}

		@Bean
		Listener nodeEvents() {
			return new Listener();
		}

		static class Listener {

			@EventListener
			void on(TicketAssigned event) {
				if (event.assignee() == null) {
					return;
				}
				ASSIGNED.computeIfAbsent(event.ticket().value().toString(), key -> new AtomicInteger())
					.incrementAndGet();
			}

			@EventListener
			void on(SlaBreached event) {
				BREACHED.computeIfAbsent(event.ticket().value().toString(), key -> new AtomicInteger())
					.incrementAndGet();
			}

		}

	}

}
