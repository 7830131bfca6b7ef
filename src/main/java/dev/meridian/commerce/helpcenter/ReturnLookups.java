package dev.meridian.commerce.helpcenter;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every order look-up in the help center, for sliding-window limits that hold across all
 * nodes: what counts is the look-ups of the last window, whenever they came.
 */
@Repository
class ReturnLookups {

	private final JdbcClient jdbc;

	ReturnLookups(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(String email, String client, Instant at) {
		this.jdbc.sql("insert into commerce_return_lookups (email, client, at) values (?, ?, ?)")
			.params(email, client, Timestamp.from(at))
			.update();
		// A day is the longest window worth keeping.
		this.jdbc.sql("delete from commerce_return_lookups where at < ?")
			.param(Timestamp.from(at.minus(Duration.ofDays(1))))
			.update();
	}

	int fromAddress(String email, Instant since) {
		return this.jdbc.sql("select count(*) from commerce_return_lookups where email = ? and at > ?")
			.params(email, Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

	int fromClient(String client, Instant since) {
		return this.jdbc.sql("select count(*) from commerce_return_lookups where client = ? and at > ?")
			.params(client, Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

}
