package dev.meridian.analytics.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links each customer's activity rows to the customer's next active hour
 * ({@code analytics_customer_activity.next_hour}), which retention reads: the rows of a
 * customer who was active since the last round (each new row listed in
 * {@code analytics_activity_unlinked} by the event that added it) are linked again, all
 * of that customer's rows at once, so a late event (an hour before others already linked)
 * lands in the right place. Events only insert (one statement, no read of the customer's
 * other rows, no lock between two events of one customer); one node links at a time (a
 * transaction-scoped advisory lock). Until the next round, about a second, a returning
 * customer's earlier row still reads as their last.
 * <p>
 * A customer with several rows in one hour (a ticket and an order, two markets) has one
 * of them linked onward, the greatest by source, market and language; the others link to
 * their own hour. So before any moment each customer has exactly one last row, and
 * retention counts rows, not distinct customers (a third of the time of its query).
 * <p>
 * Linking changes no indexed column, so PostgreSQL writes a row's new version on its own
 * page: the table stays in the order of its hours, which retention's block range index
 * relies on.
 */
@Component
class ActivityLinks {

	static final int ROWS = 2_000;

	/** "ALNK": apart from the fold's and the recomputation's locks. */
	private static final long LOCK = 0x414C4E4BL;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	ActivityLinks(JdbcTemplate jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Scheduled(fixedDelayString = "${meridian.analytics.fold-interval:1s}", initialDelayString = "2s")
	void linkPending() {
		while (linkBatch() == ROWS) {
			// a full batch: there may be more waiting
		}
	}

	/**
	 * Links the rows of the customers of up to {@link #ROWS} listed rows; how many listed
	 * rows.
	 */
	int linkBatch() {
		Integer done = this.transactions.execute(status -> {
			// Nothing more when another node links or nothing is listed: the round runs
			// every second, mostly with nothing to do.
			if (!Boolean.TRUE.equals(this.jdbc.queryForObject(
					"select pg_try_advisory_xact_lock(?) and exists (select 1 from analytics_activity_unlinked)",
					Boolean.class, LOCK))) {
				return 0;
			}
			// The activity before the queue, as a recomputation and the events lock them:
			// taken the other way round, a recomputation waiting for the queue deadlocked
			// with this round.
			this.jdbc.update("lock table analytics_customer_activity in row exclusive mode");
			return this.jdbc.queryForObject(
					"""
							with listed as (
							    delete from analytics_activity_unlinked
							    where (customer_id, hour, source, market, language) in (
							        select customer_id, hour, source, market, language from analytics_activity_unlinked limit ?)
							    returning customer_id),
							customers as (select distinct customer_id from listed),
							links as (
							    select a.customer_id, a.hour, a.source, a.market, a.language,
							           case when row_number() over (partition by a.customer_id, a.hour
							                                        order by a.source desc, a.market desc, a.language desc) = 1
							                then min(a.hour) over (partition by a.customer_id order by a.hour
							                                       range between '1 microsecond' following and unbounded following)
							                else a.hour end as next_hour
							    from analytics_customer_activity a join customers c on c.customer_id = a.customer_id),
							linked as (
							    update analytics_customer_activity a set next_hour = l.next_hour
							    from links l
							    where a.customer_id = l.customer_id and a.hour = l.hour and a.source = l.source
							      and a.market = l.market and a.language = l.language
							      and a.next_hour is distinct from l.next_hour)
							select count(*) from listed
							""",
					Integer.class, ROWS);
		});
		return done == null ? 0 : done;
	}

}
