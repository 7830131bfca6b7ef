package dev.meridian;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publications completed long ago are deleted; those completed recently and those still
 * waiting for their listener are kept.
 */
@IntegrationTest
class CompletedEventPurgeIntegrationTests {

	private static final Instant LONG_AGO = Instant.parse("2001-03-01T00:00:00Z");

	@Autowired
	CompletedEventPurge purge;

	@Autowired
	JdbcClient jdbc;

	@Test
	void deletesOnlyPublicationsCompletedBeforeTheCutOff() {
		String marker = "purge-" + Fixtures.unique();
		UUID old = insert(marker, LONG_AGO, LONG_AGO.plusSeconds(1));
		UUID recent = insert(marker, LONG_AGO, Instant.parse("2001-06-01T00:00:00Z"));
		UUID incomplete = insert(marker, LONG_AGO, null);

		long removed = this.purge.purgeCompletedBefore(Instant.parse("2001-04-01T00:00:00Z"));

		assertThat(removed).isGreaterThanOrEqualTo(1);
		assertThat(exists(old)).isFalse();
		assertThat(exists(recent)).isTrue();
		assertThat(exists(incomplete)).isTrue();
		this.jdbc.sql("delete from event_publication where serialized_event like ?").param("%" + marker + "%").update();
	}

	private UUID insert(String marker, Instant published, Instant completed) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
				  completion_date, status, completion_attempts)
				values (?, 'purge-test', 'dev.meridian.Purge', ?, ?, ?, ?, 1)""")
			.params(id, "{\"id\":\"" + marker + "\"}", Timestamp.from(published),
					completed == null ? null : Timestamp.from(completed),
					completed == null ? "PROCESSING" : "COMPLETED")
			.update();
		return id;
	}

	private boolean exists(UUID id) {
		return this.jdbc.sql("select count(*) from event_publication where id = ?")
			.param(id)
			.query(Long.class)
			.single() > 0;
	}

}
