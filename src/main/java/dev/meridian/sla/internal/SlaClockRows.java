package dev.meridian.sla.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * The tickets' clock rows, stored.
 */
public interface SlaClockRows extends JpaRepository<SlaClock, UUID> {

	/**
	 * Adds the ticket's row unless it exists: listeners of one ticket's first events run
	 * at the same time, and each must find one row to lock.
	 */
	@Modifying
	@Query(value = "insert into sla_clocks (ticket_id, updated_at) values (?1, ?2) on conflict do nothing",
			nativeQuery = true)
	int addIfMissing(UUID ticket, Instant at);

	/**
	 * Running clocks whose warning or due time has passed and that are not marked yet:
	 * ticket id, target, due time, whether it is a breach. The clock rows are locked and
	 * rows another transaction holds (a listener moving that clock) are skipped, so a
	 * check never waits; the tickets' rows are neither read nor locked. {@code horizon}
	 * bounds the earliest due time (now plus the longest warning lead) so the partial
	 * index on it does the work.
	 */
	@Query(value = """
			select c.ticket_id, x.target, x.due_at, x.due_at <= :now as breach
			from sla_clocks c
			cross join lateral (values ('FIRST_REPLY', c.first_reply_due_at), ('NEXT_REPLY', c.next_reply_due_at),
			                           ('RESOLUTION', c.resolution_due_at)) as x (target, due_at)
			where c.paused_at is null
			  and c.due_order <= :horizon
			  and c.due_order < timestamptz '9999-12-31 00:00:00+00'
			  and x.due_at is not null
			  and not (x.target = any (c.breaches))
			  and (x.due_at <= :now
			       or (c.warning_lead_minutes > 0
			           and x.due_at - make_interval(mins => c.warning_lead_minutes) <= :now
			           and not (x.target = any (c.warnings))))
			order by x.due_at
			limit :limit
			for update of c skip locked""", nativeQuery = true)
	List<Object[]> claimAlarms(Instant now, Instant horizon, int limit);

}
