package dev.meridian.tickets.internal;

import java.util.Optional;
import java.util.UUID;

import dev.meridian.tickets.Ticket;
import org.springframework.data.jpa.repository.JpaRepository;
import jakarta.persistence.QueryHint;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

/**
 * All tickets, stored.
 */
public interface Tickets extends JpaRepository<Ticket, UUID> {

	/**
	 * The next ticket number. COMMIT flush mode: a native query would otherwise flush the
	 * whole session first, and the commit flushes anyway.
	 */
	@Query(value = "select nextval('ticket_number_seq')", nativeQuery = true)
	@QueryHints(@QueryHint(name = "org.hibernate.flushMode", value = "COMMIT"))
	long nextNumber();

	/**
	 * Per assignee: unresolved tickets, unresolved chats, latest assignment. Reads only
	 * the given agents' rows through the assignee index. Flushes first (the default for
	 * native queries), so assignments made earlier in the transaction count.
	 */
	@Query(value = """
			select assignee_id,
			       count(*) filter (where status not in ('SOLVED', 'CLOSED')),
			       count(*) filter (where status not in ('SOLVED', 'CLOSED') and channel = 'CHAT'),
			       max(assigned_at)
			from tickets where assignee_id in (?1) group by assignee_id
			""", nativeQuery = true)
	java.util.List<Object[]> workloads(java.util.Collection<UUID> assignees);

	/** The agents who last had the customer's other tickets, most recent first. */
	@Query("select t.assigneeId from Ticket t where t.customerId = ?1 and t.assigneeId is not null and t.id <> ?2 order by t.updatedAt desc limit 1")
	java.util.List<UUID> lastAssignees(UUID customer, UUID except);

	/** A customer's tickets, newest first: the 360's earlier tickets. */
	@Query("select t from Ticket t where t.customerId = ?1 order by t.createdAt desc, t.id desc")
	java.util.List<Ticket> findRecentOfCustomer(UUID customer, org.springframework.data.domain.Limit limit);

	@Query("select t from Ticket t where t.number = ?1")
	Optional<Ticket> findByNumber(long number);

	@Query("select t from Ticket t where t.customerId = ?1 order by t.createdAt, t.id")
	java.util.List<Ticket> findAllOfCustomer(UUID customer);

}
