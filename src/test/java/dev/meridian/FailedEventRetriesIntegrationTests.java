package dev.meridian;

import java.time.Duration;

import dev.meridian.support.EventProbe;
import dev.meridian.support.Eventually;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A listener that failed is tried again while the server runs, and its publication is
 * completed then: work triggered by an event is not left until the next restart.
 */
@IntegrationTest
class FailedEventRetriesIntegrationTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	FailedEventRetries retries;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFailedListenerIsTriedAgainAndItsPublicationCompleted() {
		String id = "probe-" + Fixtures.unique();
		this.transactions.executeWithoutResult(status -> this.events.publishEvent(new EventProbe.Poked(id)));

		Eventually.holds("the first attempt to fail",
				() -> EventProbe.attempts(id) == 1 && "FAILED".equals(status(id)));
		assertThat(completed(id)).isFalse();

		this.retries.retryFailedOlderThan(Duration.ZERO);

		Eventually.holds("the publication to complete after the retry", () -> completed(id));
		assertThat(EventProbe.attempts(id)).isEqualTo(2);
	}

	@Test
	void listenersRunOnTheBoundedListenerPoolNotOnAThreadOfTheirOwn() {
		String id = "probe-" + Fixtures.unique();
		this.transactions.executeWithoutResult(status -> this.events.publishEvent(new EventProbe.Poked(id)));

		Eventually.holds("the listener to run", () -> EventProbe.attempts(id) >= 1);
		assertThat(EventProbe.thread(id)).startsWith("listener-");
	}

	private String status(String id) {
		return this.jdbc.sql("select status from event_publication where serialized_event like ?")
			.param("%" + id + "%")
			.query(String.class)
			.optional()
			.orElse("");
	}

	private boolean completed(String id) {
		return this.jdbc
			.sql("select count(*) from event_publication where serialized_event like ? and completion_date is not null")
			.param("%" + id + "%")
			.query(Long.class)
			.single() > 0;
	}

}
