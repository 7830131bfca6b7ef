package dev.meridian.tickets;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.meridian.privacy.DataSubject;
import dev.meridian.privacy.DataSubjects;
import dev.meridian.privacy.RetainedData;
import dev.meridian.privacy.RetainedKind;
import dev.meridian.privacy.RetentionScope;
import dev.meridian.tickets.internal.Tickets;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Solved and closed tickets past their market's period are anonymized as an erasure would
 * anonymize them for their customer: the rows and their figures stay, the words go. A
 * ticket whose subject is already erased has been done.
 */
@Component
class SolvedTicketRetention implements RetainedData {

	private final JdbcClient jdbc;

	private final Tickets tickets;

	private final DataSubjects subjects;

	private final ConversationAnonymization anonymization;

	SolvedTicketRetention(JdbcClient jdbc, Tickets tickets, DataSubjects subjects,
			ConversationAnonymization anonymization) {
		this.jdbc = jdbc;
		this.tickets = tickets;
		this.subjects = subjects;
		this.anonymization = anonymization;
	}

	@Override
	public RetainedKind kind() {
		return RetainedKind.SOLVED_TICKETS;
	}

	@Override
	public int removeOlderThan(RetentionScope scope, Instant cutoff, int batch) {
		List<UUID> due = this.jdbc.sql("""
				select id from tickets
				where status in ('SOLVED', 'CLOSED') and solved_at < ? and subject <> ? and %s
				order by solved_at, id limit ?""".formatted(scope.condition("market_code")))
			.params(Timestamp.from(cutoff), DataSubject.ERASED, scope.parameter(), batch)
			.query(UUID.class)
			.list();
		Map<UUID, List<Ticket>> byCustomer = this.tickets.findAllById(due)
			.stream()
			.collect(Collectors.groupingBy(ticket -> ticket.customer().value()));
		byCustomer.forEach((customer, theirs) -> this.anonymization.anonymize(theirs, subject(customer)));
		this.tickets.flush();
		return due.size();
	}

	/** Who to take out of the texts; someone no longer known leaves only their words. */
	private DataSubject subject(UUID customer) {
		return this.subjects.find(customer)
			.orElseGet(() -> new DataSubject(customer, List.of(), List.of(), List.of(), "en", null));
	}

}
