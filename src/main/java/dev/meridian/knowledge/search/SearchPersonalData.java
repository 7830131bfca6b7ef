package dev.meridian.knowledge.search;

import java.util.Locale;
import java.util.Map;

import dev.meridian.customers.Customer;
import dev.meridian.privacy.DataSubject;
import dev.meridian.privacy.ExportArchive;
import dev.meridian.privacy.PersonalDataHolder;
import dev.meridian.tickets.Message;
import dev.meridian.tickets.Ticket;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The search index and the help center's contact confirmations. Tickets, messages and the
 * customer are indexed again as the erasure changes them; a changed document is only
 * marked deleted in its old Lucene segment, so once the erasure has committed the
 * conversation indexes are merged, which rewrites the segments without the old documents'
 * terms and stored text.
 */
@Component
class SearchPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	private final EntityManagerFactory entityManagers;

	SearchPersonalData(JdbcClient jdbc, EntityManagerFactory entityManagers) {
		this.jdbc = jdbc;
		this.entityManagers = entityManagers;
	}

	@Override
	public String name() {
		return "search";
	}

	@Override
	public int erasureOrder() {
		return 1000;
	}

	@Override
	public void export(DataSubject subject, ExportArchive archive) {
		// The index holds copies of texts exported by their own modules.
	}

	@Override
	public Map<String, Integer> erase(DataSubject subject) {
		String[] emails = subject.emails().stream().map(e -> e.toLowerCase(Locale.ROOT)).toArray(String[]::new);
		int confirmations = this.jdbc.sql("delete from help_contact_confirmations where lower(email) = any (?)")
			.param(emails)
			.update();
		int attempts = this.jdbc.sql("delete from help_contact_attempts where lower(email) = any (?)")
			.param(emails)
			.update();
		return Map.of("contactConfirmations", confirmations, "contactAttempts", attempts);
	}

	@Override
	public void erased(DataSubject subject) {
		// Index the erased customer, tickets and messages again from the database as they
		// are now: a module that anonymised rows with SQL left their documents as they
		// were.
		java.util.List<java.util.UUID> tickets = this.jdbc.sql("select id from tickets where customer_id = ?")
			.param(subject.customerId())
			.query(java.util.UUID.class)
			.list();
		java.util.List<java.util.UUID> messages = tickets.isEmpty() ? java.util.List.of()
				: this.jdbc.sql("select id from messages where ticket_id = any (?)")
					.param(tickets.toArray(java.util.UUID[]::new))
					.query(java.util.UUID.class)
					.list();
		jakarta.persistence.EntityManager reindexing = this.entityManagers.createEntityManager();
		try {
			var plan = Search.session(reindexing).indexingPlan();
			Customer customer = reindexing.find(Customer.class, subject.customerId());
			if (customer != null) {
				plan.addOrUpdate(customer);
			}
			tickets.forEach(id -> {
				Ticket ticket = reindexing.find(Ticket.class, id);
				if (ticket != null) {
					plan.addOrUpdate(ticket);
				}
			});
			messages.forEach(id -> {
				Message message = reindexing.find(Message.class, id);
				if (message != null) {
					plan.addOrUpdate(message);
				}
			});
			plan.execute();
		}
		finally {
			reindexing.close();
		}
		var workspace = Search.mapping(this.entityManagers)
			.scope(Object.class,
					java.util.List.of(Ticket.class.getName(), Message.class.getName(), Customer.class.getName()))
			.workspace();
		workspace.mergeSegments();
		// The merged segments replace the old ones, but two things keep the old files on
		// disk: the last commit point, which lists them until the next commit (flush
		// commits now), and an open reader, until it is refreshed. Refresh, then search
		// once, so the files with the erased texts go now rather than whenever the index
		// is next written and searched.
		workspace.flush();
		workspace.refresh();
		jakarta.persistence.EntityManager entityManager = this.entityManagers.createEntityManager();
		try {
			for (Class<?> indexed : java.util.List.of(Ticket.class, Message.class, Customer.class)) {
				Search.session(entityManager).search(indexed).where(f -> f.matchAll()).fetchTotalHitCount();
			}
		}
		finally {
			entityManager.close();
		}
	}

}
