package dev.meridian.channels.email.mailbox;

import java.util.UUID;

import dev.meridian.support.Api;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One node of a cluster polls a mailbox at a time: while another node's claim on the
 * mailbox runs, a poll here leaves it alone; once the claim is gone, it polls, and lets
 * the claim go when done. The mailbox's IMAP server is a closed port, so a poll that runs
 * records its error.
 */
@IntegrationTest
class MailboxPollClaimIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void leavesAMailboxToTheNodeThatClaimedItAndReleasesItsOwnClaim() {
		Api api = Api.on(this.port);
		String unique = Long.toString(System.nanoTime(), 36);
		JsonNode mailbox = api.post("/api/v1/channels/email/mailboxes", """
				{"name":"Claimed %s","address":"claimed-%s@shop.example",
				 "imap":{"host":"127.0.0.1","port":9,"security":"none"},
				 "username":"claimed-%s","secret":"secret"}
				""".formatted(unique, unique, unique)).json();
		UUID id = UUID.fromString(mailbox.get("id").asString());

		// Another node is polling it.
		this.jdbc.sql("update email_mailboxes set poll_claimed_until = now() + interval '1 minute' where id = ?")
			.param(id)
			.update();
		JsonNode skipped = api.post("/api/v1/channels/email/mailboxes/" + id + "/poll", "{}").json();
		assertThat(skipped.get("fetched").asInt()).as(skipped.toString()).isZero();
		assertThat(column(id, "last_poll_at")).as("the poll did not run").isNull();
		assertThat(column(id, "last_error")).isNull();

		// Its claim has ended (done, or the node died and the lease ran out).
		this.jdbc.sql("update email_mailboxes set poll_claimed_until = now() - interval '1 second' where id = ?")
			.param(id)
			.update();
		api.post("/api/v1/channels/email/mailboxes/" + id + "/poll", "{}");
		assertThat(column(id, "last_poll_at")).as("the poll ran").isNotNull();
		assertThat(column(id, "last_error")).as("and met the closed port").isNotNull();
		assertThat(column(id, "poll_claimed_until")).as("its claim is let go").isNull();
	}

	private Object column(UUID mailbox, String name) {
		return this.jdbc.sql("select " + name + " from email_mailboxes where id = ?")
			.param(mailbox)
			.query((rs, row) -> rs.getObject(1))
			.optional()
			.orElse(null);
	}

}
