package dev.meridian.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills the database for the inbox benchmark with COPY: a few thousand customers and, up
 * to a target, OPEN tickets with one inbound message each, updated over the last 30 days.
 * Tops up what is there, so running it twice does not double the data.
 */
final class InboxSeeder {

	private final Database database;

	InboxSeeder(Database database) {
		this.database = database;
	}

	void seed(int targetOpenTickets, int customerCount) throws Exception {
		database.ensureMarkets();
		try (Connection connection = database.connect()) {
			long existing = countOpenTickets(connection);
			long missing = targetOpenTickets - existing;
			if (missing <= 0) {
				System.out.println("Seed: " + existing + " OPEN tickets already there, nothing to add");
				return;
			}
			long started = System.nanoTime();
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			List<SeedCustomer> customers = copyCustomers(copy, customerCount);
			long firstNumber = reserveTicketNumbers(connection, missing);
			copyTicketsAndMessages(copy, customers, firstNumber, missing);
			connection.commit();
			connection.setAutoCommit(true);
			try (Statement statement = connection.createStatement()) {
				statement.execute("analyze customers, customer_emails, tickets, messages");
			}
			System.out.printf("Seed: %d customers and %d OPEN tickets (with a message each) in %.1f s; "
					+ "%d OPEN tickets now%n", customers.size(), missing, (System.nanoTime() - started) / 1e9,
					countOpenTickets(connection));
		}
	}

	private record SeedCustomer(UUID id, Customer customer) {
	}

	private List<SeedCustomer> copyCustomers(CopyManager copy, int count) throws SQLException {
		TicketFactory factory = new TicketFactory("seed-" + RunId.get(), 0, new CustomerPool(1));
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String now = OffsetDateTime.now(ZoneOffset.UTC).toString();
		List<SeedCustomer> customers = new ArrayList<>(count);
		CopyWriter rows = new CopyWriter(copy.copyIn("copy customers (id, given_name, family_name, display_name, "
				+ "preferred_language, locale, time_zone, market_code, organization_id, phones, created_at, "
				+ "updated_at, version) from stdin"));
		for (int i = 0; i < count; i++) {
			Customer customer = factory.newCustomer(random);
			SeedCustomer seed = new SeedCustomer(Uuids.timeOrdered(), customer);
			customers.add(seed);
			rows.row(seed.id(), customer.givenName(), customer.familyName(), customer.displayName(),
					customer.language(), customer.locale(), customer.timeZone(), customer.country(), null, List.of(),
					now, now, 0);
		}
		rows.finish();
		CopyWriter emails = new CopyWriter(copy.copyIn("copy customer_emails (customer_id, email, position) from stdin"));
		for (SeedCustomer seed : customers) {
			emails.row(seed.id(), seed.customer().email(), 0);
		}
		emails.finish();
		return customers;
	}

	/** Takes a block of numbers from ticket_number_seq; returns the first. */
	private long reserveTicketNumbers(Connection connection, long count) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(
						"select setval('ticket_number_seq', nextval('ticket_number_seq') + " + (count - 1) + ")")) {
			result.next();
			return result.getLong(1) - count + 1;
		}
	}

	/** Tickets and their messages, COPY by COPY in chunks, to keep memory small. */
	private void copyTicketsAndMessages(CopyManager copy, List<SeedCustomer> customers, long firstNumber, long count)
			throws SQLException {
		TicketFactory factory = new TicketFactory("seed-" + RunId.get(), 0, new CustomerPool(1));
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long nowMillis = System.currentTimeMillis();
		long day = 24L * 3600 * 1000;
		int chunk = 10_000;
		for (long chunkStart = 0; chunkStart < count; chunkStart += chunk) {
			CopyWriter tickets = new CopyWriter(copy.copyIn("copy tickets (id, number, subject, status, priority, "
					+ "channel, customer_id, assignee_id, team_id, market_code, language, tags, created_at, "
					+ "updated_at, first_response_at, solved_at, version) from stdin"));
			List<Object[]> messages = new ArrayList<>(chunk);
			for (long i = chunkStart; i < Math.min(count, chunkStart + chunk); i++) {
				SeedCustomer seed = customers.get(random.nextInt(customers.size()));
				Customer customer = seed.customer();
				TicketDraft draft = factory.draftFor(customer, true);
				long updatedMillis = nowMillis - random.nextLong(30 * day);
				long createdMillis = updatedMillis - random.nextLong(5 * day);
				String created = Instant.ofEpochMilli(createdMillis).toString();
				String updated = Instant.ofEpochMilli(updatedMillis).toString();
				UUID ticketId = Uuids.timeOrdered(createdMillis);
				tickets.row(ticketId, firstNumber + i, draft.subject(), "OPEN", draft.priority(), "EMAIL", seed.id(),
						null, null, customer.country(), customer.language(), draft.tags(), created, updated, null,
						null, 0);
				messages.add(new Object[] { Uuids.timeOrdered(createdMillis), ticketId, seed.id(), draft.body(),
						customer.language(), created });
			}
			tickets.finish();
			CopyWriter messageRows = new CopyWriter(copy.copyIn("copy messages (id, ticket_id, author_type, "
					+ "author_id, direction, visibility, body_text, body_html, language, external_id, created_at, "
					+ "version) from stdin"));
			for (Object[] m : messages) {
				String body = (String) m[3];
				messageRows.row(m[0], m[1], "CUSTOMER", m[2], "INBOUND", "PUBLIC", body, PlainTextHtml.render(body),
						m[4], null, m[5], 0);
			}
			messageRows.finish();
		}
	}

	private static long countOpenTickets(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select count(*) from tickets where status = 'OPEN'")) {
			result.next();
			long count = result.getLong(1);
			if (!connection.getAutoCommit()) {
				connection.commit();
			}
			return count;
		}
	}

}
