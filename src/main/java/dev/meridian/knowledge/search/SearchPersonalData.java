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
		Search.mapping(this.entityManagers)
			.scope(Object.class,
					java.util.List.of(Ticket.class.getName(), Message.class.getName(), Customer.class.getName()))
			.workspace()
			.mergeSegments();
	}

}
