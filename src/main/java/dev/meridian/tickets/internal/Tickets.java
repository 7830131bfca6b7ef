package dev.meridian.tickets.internal;

import java.time.Instant;
import java.util.List;
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

	@Query("select t from Ticket t where t.number = ?1")
	Optional<Ticket> findByNumber(long number);

	/**
	 * Running service-level clocks whose warning or due time has passed and that are not
	 * marked yet: ticket id, target, due time, whether it is a breach. The rows are
	 * locked and rows other nodes hold are skipped, so a check never blocks on another.
	 * {@code horizon} bounds the earliest due time (now plus the longest warning lead) so
	 * the partial index on it does the work.
	 */
	@Query(value = """
			select t.id, x.target, x.due_at, x.due_at <= :now as breach
			from tickets t
			cross join lateral (values ('FIRST_REPLY', t.first_reply_due_at), ('NEXT_REPLY', t.next_reply_due_at),
			                           ('RESOLUTION', t.resolution_due_at)) as x (target, due_at)
			where t.sla_paused_at is null
			  and least(t.first_reply_due_at, t.next_reply_due_at, t.resolution_due_at) <= :horizon
			  and t.status in ('NEW', 'OPEN', 'PENDING', 'ON_HOLD')
			  and x.due_at is not null
			  and not (x.target = any (t.sla_breaches))
			  and (x.due_at <= :now
			       or (t.sla_warning_lead_minutes > 0
			           and x.due_at - make_interval(mins => t.sla_warning_lead_minutes) <= :now
			           and not (x.target = any (t.sla_warnings))))
			order by x.due_at
			limit :limit
			for update of t skip locked""", nativeQuery = true)
	List<Object[]> claimSlaAlarms(Instant now, Instant horizon, int limit);

}
