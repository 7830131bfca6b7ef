package dev.meridian.knowledge.contact;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every contact-form submission, for sliding-window limits that hold across all nodes:
 * what counts is the submissions of the last window, whenever they came.
 */
@Repository
class ContactAttempts {

	private final JdbcClient jdbc;

	ContactAttempts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(String email, String client, Instant at) {
		this.jdbc.sql("insert into help_contact_attempts (email, client, at) values (?, ?, ?)")
			.params(email, client, Timestamp.from(at))
			.update();
		// Old rows are of no use to any window; a day is the longest one worth keeping.
		this.jdbc.sql("delete from help_contact_attempts where at < ?")
			.param(Timestamp.from(at.minus(Duration.ofDays(1))))
			.update();
	}

	int fromAddress(String email, Instant since) {
		return this.jdbc.sql("select count(*) from help_contact_attempts where email = ? and at > ?")
			.params(email, Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

	int fromClient(String client, Instant since) {
		return this.jdbc.sql("select count(*) from help_contact_attempts where client = ? and at > ?")
			.params(client, Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

}
