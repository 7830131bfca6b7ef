package dev.meridian.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Writes one ticket the way the API has to, with plain JDBC on one connection: in one
 * transaction, look the customer up by e-mail, insert the customer and its address when
 * new, insert the ticket (number from ticket_number_seq) and its first message, commit.
 */
final class TicketRowWriter implements AutoCloseable {

	private final Connection connection;

	private final PreparedStatement findCustomer;

	private final PreparedStatement insertCustomer;

	private final PreparedStatement insertEmail;

	private final PreparedStatement insertTicket;

	private final PreparedStatement insertMessage;

	TicketRowWriter(Connection connection) throws SQLException {
		this.connection = connection;
		this.findCustomer = connection
			.prepareStatement("select customer_id from customer_emails where lower(email) = lower(?)");
		this.insertCustomer = connection.prepareStatement("""
				insert into customers (id, given_name, family_name, display_name, preferred_language, locale,
				                       time_zone, market_code, organization_id, phones, created_at, updated_at,
				                       version)
				values (?, ?, ?, ?, ?, ?, ?, ?, null, '{}', ?, ?, 0)""");
		this.insertEmail = connection
			.prepareStatement("insert into customer_emails (customer_id, email, position) values (?, ?, 0)");
		this.insertTicket = connection.prepareStatement("""
				insert into tickets (id, number, subject, status, priority, channel, customer_id, assignee_id,
				                     team_id, market_code, language, tags, created_at, updated_at,
				                     first_response_at, solved_at, version)
				values (?, nextval('ticket_number_seq'), ?, 'NEW', ?, ?, ?, null, null, ?, ?, ?, ?, ?,
				        null, null, 0)""");
		this.insertMessage = connection.prepareStatement("""
				insert into messages (id, ticket_id, author_type, author_id, direction, visibility, body_text,
				                      body_html, language, external_id, created_at, version)
				values (?, ?, 'CUSTOMER', ?, 'INBOUND', 'PUBLIC', ?, ?, ?, null, ?, 0)""");
	}

	void write(TicketDraft draft) throws SQLException {
		try {
			OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
			Customer customer = draft.customer();
			UUID customerId = findCustomer(customer.email());
			if (customerId == null) {
				customerId = insertCustomer(customer, now);
			}
			UUID ticketId = Uuids.timeOrdered();
			insertTicket.setObject(1, ticketId);
			insertTicket.setString(2, draft.subject());
			insertTicket.setString(3, draft.priority());
			insertTicket.setString(4, draft.channel());
			insertTicket.setObject(5, customerId);
			insertTicket.setString(6, customer.country());
			insertTicket.setString(7, customer.language());
			insertTicket.setArray(8, connection.createArrayOf("text", draft.tags().toArray()));
			insertTicket.setObject(9, now);
			insertTicket.setObject(10, now);
			insertTicket.executeUpdate();

			insertMessage.setObject(1, Uuids.timeOrdered());
			insertMessage.setObject(2, ticketId);
			insertMessage.setObject(3, customerId);
			insertMessage.setString(4, draft.body());
			insertMessage.setString(5, PlainTextHtml.render(draft.body()));
			insertMessage.setString(6, customer.language());
			insertMessage.setObject(7, now);
			insertMessage.executeUpdate();
			connection.commit();
		}
		catch (SQLException | RuntimeException ex) {
			connection.rollback();
			throw ex;
		}
	}

	private UUID findCustomer(String email) throws SQLException {
		findCustomer.setString(1, email);
		try (ResultSet rows = findCustomer.executeQuery()) {
			return rows.next() ? rows.getObject(1, UUID.class) : null;
		}
	}

	private UUID insertCustomer(Customer customer, OffsetDateTime now) throws SQLException {
		UUID id = Uuids.timeOrdered();
		insertCustomer.setObject(1, id);
		insertCustomer.setString(2, customer.givenName());
		insertCustomer.setString(3, customer.familyName());
		insertCustomer.setString(4, customer.displayName());
		insertCustomer.setString(5, customer.language());
		insertCustomer.setString(6, customer.locale());
		insertCustomer.setString(7, customer.timeZone());
		insertCustomer.setString(8, customer.country());
		insertCustomer.setObject(9, now);
		insertCustomer.setObject(10, now);
		insertCustomer.executeUpdate();
		insertEmail.setObject(1, id);
		insertEmail.setString(2, customer.email());
		insertEmail.executeUpdate();
		return id;
	}

	@Override
	public void close() throws SQLException {
		connection.close();
	}

}
