package dev.meridian.analytics.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.meridian.support.Eventually;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Linking customers' activity rows while events add more: a row whose event commits while
 * a round links its customer's other rows is linked in a later round. The customer is
 * this test's own and its hours are in 2019, before anyone else's.
 */
@IntegrationTest
class ActivityLinksIntegrationTests {

	@Autowired
	TicketFacts facts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aRowAddedWhileTheCustomersRowsAreLinkedIsLinkedInALaterRound() throws Exception {
		UUID customer = UUID.randomUUID();
		Instant first = Instant.parse("2019-05-06T10:00:00Z");
		Instant second = Instant.parse("2019-05-20T16:00:00Z");
		this.transactions.executeWithoutResult(status -> this.facts.customerSeen(customer, first, "order", "PY", "es"));

		// The second order's event has added its row and not committed yet...
		CountDownLatch added = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		CompletableFuture<Void> event = CompletableFuture
			.runAsync(() -> this.transactions.executeWithoutResult(status -> {
				this.facts.customerSeen(customer, second, "order", "PY", "es");
				added.countDown();
				await(commit);
			}));
		assertThat(added.await(30, TimeUnit.SECONDS)).isTrue();
		// ...while a round links the first row (the background rounds may be first)
		Eventually.holds("the first row linked", () -> {
			new ActivityLinks(this.jdbc, this.transactions).linkBatch();
			return listed(customer) == 0;
		});
		assertThat(nextHours(customer)).containsExactly((Instant) null);

		commit.countDown();
		event.get(30, TimeUnit.SECONDS);
		Eventually.satisfies("the second row linked", () -> {
			new ActivityLinks(this.jdbc, this.transactions).linkBatch();
			return nextHours(customer);
		}, next -> next.size() == 2 && second.equals(next.get(0)) && next.get(1) == null);
	}

	private int listed(UUID customer) {
		return Objects.requireNonNull(this.jdbc.queryForObject(
				"select count(*) from analytics_activity_unlinked where customer_id = ?", Integer.class, customer));
	}

	private List<Instant> nextHours(UUID customer) {
		return this.jdbc.query("select next_hour from analytics_customer_activity where customer_id = ? order by hour",
				(rs, row) -> {
					Timestamp next = rs.getTimestamp(1);
					return next == null ? null : next.toInstant();
				}, customer);
	}

	private static void await(CountDownLatch latch) {
		try {
			if (!latch.await(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("The test never let the event commit");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
