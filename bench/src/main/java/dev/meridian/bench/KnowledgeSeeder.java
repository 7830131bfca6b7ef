package dev.meridian.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills the database for the knowledge benchmark with COPY: article translations in ten
 * languages (one source text per article), and tickets with several messages each in
 * their customer's language, written straight into the tables (the server indexes them
 * afterwards with its mass indexer, which is what the benchmark times).
 */
final class KnowledgeSeeder {

	private final Database database;

	KnowledgeSeeder(Database database) {
		this.database = database;
	}

	static void main(Options options) throws Exception {
		new KnowledgeSeeder(Database.fromOptions(options)).seed(options.getInt("articles", 100_000),
				options.getInt("messages", 1_000_000), options.getInt("messages-per-ticket", 10));
	}

	void seed(int articles, int messages, int perTicket) throws Exception {
		database.ensureMarkets();
		long started = System.nanoTime();
		try (Connection connection = database.connect()) {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			copyArticles(copy, articles);
			connection.commit();
			System.out.printf("Seed: %d article translations in %.1f s%n", articles, (System.nanoTime() - started) / 1e9);
			long ticketsStarted = System.nanoTime();
			int tickets = (messages + perTicket - 1) / perTicket;
			List<UUID> customers = copyCustomers(copy, Math.max(1, tickets / 10));
			long first = reserveTicketNumbers(connection, tickets);
			copyTickets(copy, customers, first, tickets, messages, perTicket);
			connection.commit();
			connection.setAutoCommit(true);
			try (Statement statement = connection.createStatement()) {
				statement.execute("analyze");
			}
			System.out.printf("Seed: %d customers, %d tickets, %d messages in %.1f s%n", customers.size(), tickets,
					messages, (System.nanoTime() - ticketsStarted) / 1e9);
		}
	}

	private void copyArticles(CopyManager copy, int count) throws SQLException {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String now = Instant.now().toString();
		int chunk = 20_000;
		for (int start = 0; start < count; start += chunk) {
			CopyWriter articleRows = new CopyWriter(copy.copyIn("copy knowledge_articles (id, source_locale, "
					+ "category_id, markets, internal, revision, substantive_revision, created_at, updated_at, version) "
					+ "from stdin"));
			UUID[] ids = new UUID[Math.min(chunk, count - start)];
			for (int i = 0; i < ids.length; i++) {
				ids[i] = UUID.randomUUID();
				articleRows.row(ids[i], KnowledgeCorpus.language(start + i), null, List.of(), false, 1, 1, now, now,
						0);
			}
			articleRows.finish();
			CopyWriter translationRows = new CopyWriter(copy.copyIn("copy knowledge_translations (id, article_id, "
					+ "locale, title, slug, body, body_html, status, author, based_on_revision, created_at, "
					+ "updated_at, version) from stdin"));
			for (int i = 0; i < ids.length; i++) {
				String language = KnowledgeCorpus.language(start + i);
				String title = KnowledgeCorpus.words(language, 5, random);
				String body = KnowledgeCorpus.words(language, 60 + random.nextInt(60), random);
				translationRows.row(UUID.randomUUID(), ids[i], language, title, "bench-" + (start + i), body,
						"<p>" + body + "</p>", "PUBLISHED", null, 1, now, now, 0);
			}
			translationRows.finish();
		}
	}

	private List<UUID> copyCustomers(CopyManager copy, int count) throws SQLException {
		String now = Instant.now().toString();
		List<UUID> ids = new java.util.ArrayList<>(count);
		CopyWriter rows = new CopyWriter(copy.copyIn("copy customers (id, given_name, family_name, display_name, "
				+ "preferred_language, locale, time_zone, market_code, organization_id, phones, created_at, "
				+ "updated_at, version) from stdin"));
		for (int i = 0; i < count; i++) {
			UUID id = UUID.randomUUID();
			ids.add(id);
			String language = KnowledgeCorpus.language(i);
			rows.row(id, "Given" + i, "Family" + i, "Given" + i + " Family" + i, language, language, null, null, null,
					List.of(), now, now, 0);
		}
		rows.finish();
		CopyWriter emails = new CopyWriter(copy.copyIn("copy customer_emails (customer_id, email, position) from stdin"));
		for (int i = 0; i < ids.size(); i++) {
			emails.row(ids.get(i), "customer" + i + "@bench.example", 0);
		}
		emails.finish();
		return ids;
	}

	private long reserveTicketNumbers(Connection connection, long count) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(
						"select setval('ticket_number_seq', nextval('ticket_number_seq') + " + (count - 1) + ")")) {
			result.next();
			return result.getLong(1) - count + 1;
		}
	}

	private void copyTickets(CopyManager copy, List<UUID> customers, long firstNumber, int tickets, int messages,
			int perTicket) throws SQLException {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String now = Instant.now().toString();
		int chunk = 10_000;
		int written = 0;
		for (int start = 0; start < tickets; start += chunk) {
			int size = Math.min(chunk, tickets - start);
			UUID[] ids = new UUID[size];
			String[] languages = new String[size];
			UUID[] owners = new UUID[size];
			CopyWriter ticketRows = new CopyWriter(copy.copyIn("copy tickets (id, number, subject, status, priority, "
					+ "channel, customer_id, assignee_id, team_id, market_code, language, tags, created_at, "
					+ "updated_at, first_response_at, solved_at, version) from stdin"));
			for (int i = 0; i < size; i++) {
				ids[i] = UUID.randomUUID();
				int customer = random.nextInt(customers.size());
				owners[i] = customers.get(customer);
				languages[i] = KnowledgeCorpus.language(customer);
				ticketRows.row(ids[i], firstNumber + start + i, KnowledgeCorpus.words(languages[i], 6, random), "OPEN",
						"NORMAL", "EMAIL", owners[i], null, null, null, languages[i], List.of(), now, now, null, null,
						0);
			}
			ticketRows.finish();
			CopyWriter messageRows = new CopyWriter(copy.copyIn("copy messages (id, ticket_id, author_type, "
					+ "author_id, direction, visibility, body_text, body_html, language, external_id, created_at, "
					+ "version) from stdin"));
			for (int i = 0; i < size && written < messages; i++) {
				for (int m = 0; m < perTicket && written < messages; m++, written++) {
					String body = KnowledgeCorpus.words(languages[i], 20 + random.nextInt(60), random);
					messageRows.row(UUID.randomUUID(), ids[i], "CUSTOMER", owners[i], "INBOUND", "PUBLIC", body,
							"<p>" + body + "</p>", languages[i], null, now, 0);
				}
			}
			messageRows.finish();
		}
	}

}
