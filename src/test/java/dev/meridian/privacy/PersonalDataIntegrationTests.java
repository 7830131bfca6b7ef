package dev.meridian.privacy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.meridian.support.Api;
import dev.meridian.support.Eventually;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.meridian.support.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer with email tickets (attachment, raw source), a chat and an order is
 * exported, then erased; then every store is searched for their email, phone and name:
 * every text, jsonb and bytea column of every table, the search index's files, the
 * attachment files and the translation memory (a table, so part of the first).
 */
@IntegrationTest
class PersonalDataIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	Api api;

	Fixtures fixtures;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
		this.fixtures = new Fixtures(this.api);
		this.fixtures.market("FR", "fr", "EUR", "Europe/Paris");
	}

	@Test
	void exportHasEveryItemAndAfterErasureNoStoreKnowsTheCustomer() throws Exception {
		String unique = Fixtures.unique();
		String family = "Quenwald" + unique.replaceAll("[0-9]", "x");
		String email = "marie." + unique + "@example.fr";
		String phone = "+33612" + String.format("%06d", System.nanoTime() % 1_000_000);
		String attachmentMarker = "facture-" + unique;
		String customerId = this.api
			.post("/api/v1/customers", Fixtures.json(Map.of("givenName", "Marie", "familyName", family, "emails",
					List.of(email), "phones", List.of(phone), "market", "FR", "language", "fr")))
			.json()
			.get("id")
			.asString();

		String raw = """
				From: Marie %2$s <%1$s>
				To: support@meridian.example
				Subject: Commande de Marie %2$s
				Message-ID: <privacy-%3$s@example.fr>
				MIME-Version: 1.0
				Content-Type: multipart/mixed; boundary="b1"

				--b1
				Content-Type: text/plain; charset=UTF-8

				Bonjour, ma commande n'est pas arrivée. Appelez-moi au %4$s. Marie %2$s
				--b1
				Content-Type: text/plain; name="facture.txt"
				Content-Disposition: attachment; filename="facture.txt"

				%5$s pour %1$s
				--b1--
				""".formatted(email, family, unique, phone, attachmentMarker).replace("\n", "\r\n");
		Api.Response mail = this.api.post("/api/v1/channels/email/inbound", raw.getBytes(StandardCharsets.UTF_8),
				"message/rfc822");
		assertThat(mail.status()).as(mail.toString()).isEqualTo(202);
		String ticketId = mail.json().get("ticketId").asString();
		this.api.post("/api/v1/tickets/" + ticketId + "/messages",
				"{\"body\":\"Bonjour Marie " + family + ", nous regardons.\"}");

		Api browser = Api.on(this.port).withToken("");
		JsonNode chat = browser
			.post("/chat/v1/conversations",
					"{\"identity\":{\"email\":\"" + email + "\",\"signature\":\"" + sign(email) + "\"}}")
			.json();
		browser.withHeader("Authorization", "Visitor " + chat.get("visitorToken").asString())
			.post("/chat/v1/conversations/" + chat.get("conversationId").asString() + "/messages",
					"{\"text\":\"Mon numéro est le " + phone + "\"}");

		String orderNumber = "FR-" + unique;
		Api.Response order = this.api.post("/api/v1/commerce/orders", """
				{"number": "%s", "customer": {"email": "%s", "name": "Marie %s"}, "currency": "EUR",
				 "placedAt": "2026-11-02T10:00:00Z", "paymentMethod": "card",
				 "items": [{"sku": "SCARF-1", "title": "Écharpe", "quantity": 1, "unitPrice": "30.00"}],
				 "shippingAddress": {"country": "FR", "city": "Lyon", "line1": "3 rue %s", "name": "Marie %s"}}
				""".formatted(orderNumber, email, family, family, family));
		assertThat(order.status()).as(order.toString()).isEqualTo(201);

		JsonNode before = this.api.get("/api/v1/customers/" + customerId + "/360").json();
		int messagesBefore = this.api.get("/api/v1/tickets/" + ticketId + "/messages").json().get("items").size();
		assertThat(this.api.get("/api/v1/audit?subject=customer:" + customerId).json().get("items"))
			.anySatisfy(item -> {
				assertThat(item.get("action").asString()).isEqualTo("customer.viewed");
				assertThat(item.get("actor").asString()).startsWith("token:");
				assertThat(item.get("subject").asString()).isEqualTo("customer:" + customerId);
				assertThat(item.get("at").asString()).isNotBlank();
			});
		// Precondition: each store does hold the customer now, so the search can find.
		assertThat(databaseMentions(List.of(email, phone, family))).isNotEmpty();
		assertThat(filesMentioning(Path.of("target/test-attachments"), List.of(attachmentMarker))).isNotEmpty();
		// A neighbour with the same first name at the same domain: the search by Marie's
		// address is hers alone, before and after the erasure.
		String neighbourEmail = "marie." + Fixtures.unique() + "@example.fr";
		String neighbourTicket = this.api
			.post("/api/v1/tickets",
					Fixtures.json(Map.of("subject", "Question de Marie", "message", Map.of("body", "Bonjour"),
							"customer", Map.of("email", neighbourEmail, "name", "Marie Voisine"))))
			.json()
			.get("id")
			.asString();
		assertThat(ticketIds(searchTickets(email))).contains(ticketId).doesNotContain(neighbourTicket);
		// Words of a name are also words of texts: the neighbour's subject says "Marie".
		assertThat(ticketIds(searchTickets("Marie " + family))).first().isIn(ticketId, chat.get("ticketId").asString());
		assertThat(ticketIds(searchTickets(neighbourEmail))).containsExactly(neighbourTicket);
		assertThat(this.api.get("/api/v1/customers?email=" + email).json().get("items")).hasSize(1);

		// Export: the ZIP has each item.
		Api.Response started = this.api.post("/api/v1/customers/" + customerId + "/export", "");
		assertThat(started.status()).as(started.toString()).isEqualTo(202);
		String exportId = started.json().get("exportId").asString();
		JsonNode status = Eventually.present("the export is done", () -> {
			JsonNode s = this.api.get("/api/v1/privacy/exports/" + exportId).json();
			return s.get("status").asString().equals("running") ? null : s;
		});
		assertThat(status.get("status").asString()).as(status.toString()).isEqualTo("done");
		String url = status.get("downloadUrl").asString();
		Api.Response download = Api.on(this.port).withToken("").get(url.substring(url.indexOf("/api/")));
		assertThat(download.status()).as(download.toString()).isEqualTo(200);
		Map<String, String> zip = unzip(download.bytes());
		assertThat(zip).containsKeys("export.json", "profile.json", "tickets.json", "chats.json", "orders.json",
				"mailSources.json", "audit.json", "summary.html");
		assertThat(zip.get("profile.json")).contains(email, phone, family);
		assertThat(zip.get("tickets.json")).contains("Appelez-moi au " + phone, "nous regardons", "facture.txt",
				"Mon numéro est le " + phone);
		assertThat(zip.keySet())
			.anyMatch(name -> name.startsWith("files/attachments/") && name.endsWith("facture.txt"));
		assertThat(zip.entrySet())
			.anyMatch(e -> e.getKey().startsWith("files/attachments/") && e.getValue().contains(attachmentMarker));
		assertThat(zip.entrySet())
			.anyMatch(e -> e.getKey().startsWith("files/mail/") && e.getValue().contains("Message-ID: <privacy-"));
		assertThat(zip.get("chats.json")).contains(chat.get("ticketId").asString());
		assertThat(zip.get("orders.json")).contains(orderNumber, "3 rue " + family);
		assertThat(zip.get("audit.json")).contains("customer.viewed", "customer.exported");
		assertThat(zip.get("summary.html")).contains("lang=\"fr\"", "Vos données personnelles", "Commandes", family);
		assertThat(Api.on(this.port).withToken("").get(url.substring(url.indexOf("/api/"))).status())
			.as("the link works once")
			.isEqualTo(410);

		// Erasure, asked twice: the same erasure.
		Api.Response erasure = this.api.post("/api/v1/customers/" + customerId + "/erasure", "");
		assertThat(erasure.status()).as(erasure.toString()).isEqualTo(202);
		String erasureId = erasure.json().get("erasureId").asString();
		JsonNode erased = Eventually.present("the erasure is done", () -> {
			JsonNode s = this.api.get("/api/v1/privacy/erasures/" + erasureId).json();
			return s.get("status").asString().equals("running") ? null : s;
		});
		assertThat(erased.get("status").asString()).as(erased.toString()).isEqualTo("done");
		assertThat(erased.get("removed").get("tickets.attachments").asInt()).isEqualTo(1);
		assertThat(erased.get("removed").get("email.mailSources").asInt()).isEqualTo(1);
		assertThat(this.api.post("/api/v1/customers/" + customerId + "/erasure", "").json().get("erasureId").asString())
			.isEqualTo(erasureId);

		// Nothing is found, in any store.
		assertThat(databaseMentions(List.of(email, phone, phone.substring(1), family))).isEmpty();
		// An index reader still open keeps the replaced segment files on disk until it is
		// refreshed, which a search does: search, then look again, for a while.
		// On giving up, the failure names the files and values, and what the database
		// holds then (a late writer would show there too).
		Eventually.satisfies("no index file mentions the customer", () -> {
			searchTickets(family);
			try {
				List<String> files = filesMentioning(Path.of("target/test-index"),
						List.of(email, phone, family, family.toLowerCase(Locale.ROOT)));
				return files.isEmpty() ? files
						: concat(files, databaseMentions(List.of(email, phone, phone.substring(1), family)));
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}, List::isEmpty);
		assertThat(filesMentioning(Path.of("target/test-attachments"), List.of(attachmentMarker, email, phone, family)))
			.isEmpty();
		String chatTicket = chat.get("ticketId").asString();
		assertThat(ticketIds(searchTickets(email))).doesNotContain(ticketId, chatTicket);
		assertThat(ticketIds(searchTickets(family))).doesNotContain(ticketId, chatTicket);
		assertThat(ticketIds(searchTickets("Marie " + family))).doesNotContain(ticketId, chatTicket);
		assertThat(ticketIds(searchTickets(neighbourEmail))).containsExactly(neighbourTicket);
		assertThat(this.api.get("/api/v1/customers?email=" + email).json().get("items")).isEmpty();

		// The figures stay: the same tickets, messages and orders, without identity.
		JsonNode after = this.api.get("/api/v1/customers/" + customerId + "/360").json();
		assertThat(after.get("tickets").size()).isEqualTo(before.get("tickets").size());
		assertThat(after.get("orders").size()).isEqualTo(before.get("orders").size());
		assertThat(this.api.get("/api/v1/tickets/" + ticketId + "/messages").json().get("items").size())
			.isEqualTo(messagesBefore);
		assertThat(this.api.get("/api/v1/audit?subject=customer:" + customerId + "&action=customer.erased")
			.json()
			.get("items")).hasSize(1);
		assertThat(this.api.get("/api/v1/audit/integrity").json().get("intact").asBoolean()).isTrue();
	}

	@Test
	void unknownCustomersAre404AndAnErasureWaitsForARunningExport() {
		String nobody = "00000000-0000-0000-0000-000000000016";
		assertProblem(this.api.post("/api/v1/customers/" + nobody + "/export", ""), 404);
		assertProblem(this.api.post("/api/v1/customers/" + nobody + "/erasure", ""), 404);
		assertProblem(this.api.get("/api/v1/privacy/exports/" + nobody), 404);

		String customerId = this.api.post("/api/v1/customers", Fixtures.json(Map.of("name", "Busy " + Fixtures.unique(),
				"emails", List.of("busy." + Fixtures.unique() + "@example.com"))))
			.json()
			.get("id")
			.asString();
		this.jdbc.update("""
				insert into privacy_exports (id, customer_id, status, requested_by, created_at)
				values (gen_random_uuid(), ?::uuid, 'running', 'test', now())""", customerId);
		assertProblem(this.api.post("/api/v1/customers/" + customerId + "/erasure", ""), 409);
		this.jdbc.update("update privacy_exports set status = 'failed' where customer_id = ?::uuid", customerId);
		assertThat(this.api.post("/api/v1/customers/" + customerId + "/erasure", "").status()).isEqualTo(202);
	}

	@Test
	void onlyAdminsReadTheAuditLog() {
		JsonNode agent = this.fixtures.agent("agent");
		String token = this.fixtures.token("agent", agent.get("id").asString(), "customers:read").secret();
		assertProblem(Api.on(this.port).withToken(token).get("/api/v1/audit"), 403);
		assertProblem(Api.on(this.port)
			.withToken(token)
			.post("/api/v1/customers/" + agent.get("id").asString() + "/erasure", ""), 403);
	}

	private static List<String> ticketIds(JsonNode results) {
		List<String> ids = new ArrayList<>();
		results.forEach(result -> ids.add(result.get("ticketId").asString()));
		return ids;
	}

	private JsonNode searchTickets(String text) {
		return this.api.get("/api/v1/search/tickets?q=" + java.net.URLEncoder.encode(text, StandardCharsets.UTF_8))
			.json()
			.get("results");
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> both = new ArrayList<>(first);
		both.add("database:");
		both.addAll(second);
		return both;
	}

	/** Every text, jsonb and bytea column of every table holding one of the values. */
	private List<String> databaseMentions(List<String> values) {
		List<Map<String, Object>> columns = this.jdbc.queryForList("""
				select c.table_name, c.column_name, c.data_type from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
				  and c.data_type in ('text', 'character varying', 'character', 'jsonb', 'json', 'bytea', 'ARRAY')""");
		assertThat(columns).hasSizeGreaterThan(100);
		List<String> found = new ArrayList<>();
		for (Map<String, Object> column : columns) {
			String table = (String) column.get("table_name");
			String name = (String) column.get("column_name");
			boolean bytes = "bytea".equals(column.get("data_type"));
			for (String value : values) {
				String sql = bytes
						? "select count(*) from \"%s\" where position(convert_to(?, 'UTF8') in \"%s\") > 0"
							.formatted(table, name)
						: "select count(*) from \"%s\" where strpos(lower(\"%s\"::text), lower(?)) > 0".formatted(table,
								name);
				Long count = this.jdbc.queryForObject(sql, Long.class, value);
				if (count != null && count > 0) {
					found.add(table + "." + name + " has " + value);
				}
			}
		}
		return found;
	}

	private static List<String> filesMentioning(Path directory, List<String> values) throws IOException {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				byte[] content;
				try {
					content = Files.readAllBytes(file);
				}
				catch (IOException ex) {
					continue; // a file Lucene deleted while we walked
				}
				String text = new String(content, StandardCharsets.ISO_8859_1);
				for (String value : values) {
					String needle = new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
					if (text.contains(needle)) {
						found.add(file + " has " + value);
					}
				}
			}
		}
		return found;
	}

	private static Map<String, String> unzip(byte[] zip) throws IOException {
		Map<String, String> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return entries;
	}

	private static String sign(String email) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(Api.CHAT_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(email.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
