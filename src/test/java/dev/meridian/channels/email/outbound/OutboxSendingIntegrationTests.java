package dev.meridian.channels.email.outbound;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.meridian.support.TestMailbox;
import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import dev.meridian.support.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox against an SMTP server that holds a reply at the end of DATA: while the
 * sender waits on SMTP, the database has no transaction of it open and no lock on the
 * outbox; a "sent" mark lost after the SMTP server accepted the mail does not send it
 * again while the lease runs, and after the lease it goes once more with the same
 * Message-ID (at least once).
 */
@IntegrationTest
class OutboxSendingIntegrationTests {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new com.icegreen.greenmail.util.ServerSetup[] {
			ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort() });

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void sendsOutsideAnyTransactionAndALostMarkDoesNotSendAgainWithinTheLease() throws Exception {
		Api api = Api.on(this.port);
		String unique = Fixtures.unique();
		String support = "held-" + unique + "@shop.example";
		String customer = "ines-" + unique + "@customer.example";
		String trigger = "lose_sent_mark_" + unique;
		// Only this test's reply is held: replies of other tests' tickets that no mailbox
		// received go out through the first mailbox that can send, which may be this one.
		try (HeldSmtpServer smtp = new HeldSmtpServer(
				text -> text.contains("Message-ID: <reply.") && text.contains("Paket " + unique))) {
			mail.setUser(support, "held-" + unique, "secret");
			String mailboxId = TestMailbox.at(api, "Held " + unique, support, "held-" + unique)
				.displayName("Shop Support")
				.imap(mail.getImap().getPort())
				.smtp(smtp.port())
				.create()
				.get("id")
				.asString();
			GreenMailUtil.sendTextEmail(support, customer, "Paket " + unique, "Wo ist mein Paket?",
					mail.getSmtp().getServerSetup());
			poll(api, mailboxId);
			String ticketId = waitFor(() -> this.jdbc
				.sql("select ticket_id::text from email_message_ids where from_address = ? and direction = 'INBOUND'")
				.param(customer)
				.query(String.class)
				.optional()
				.orElse(null));
			String replyId = api.post("/api/v1/tickets/" + ticketId + "/messages", "{\"body\":\"Es ist unterwegs.\"}")
				.json()
				.get("id")
				.asString();
			// Queued after the reply's transaction, from its ReplySent event.
			String outboxId = waitFor(
					() -> this.jdbc.sql("select id::text from email_outbox where message_id = ?::uuid")
						.param(replyId)
						.query(String.class)
						.optional()
						.orElse(null));

			smtp.awaitHolding();
			// The sender waits on SMTP now. Its claim is committed (another transaction
			// sees the lease), no lock on the outbox table is held, and the row can be
			// locked at once.
			assertThat(this.jdbc.sql("select claimed_until is not null from email_outbox where id = ?::uuid")
				.param(outboxId)
				.query(Boolean.class)
				.single()).isTrue();
			assertThat(this.jdbc.sql("""
					select count(*) from pg_locks l join pg_class c on c.oid = l.relation
					where c.relname = 'email_outbox' and l.pid <> pg_backend_pid()""").query(Integer.class).single())
				.as("locks on email_outbox while SMTP is busy")
				.isZero();
			assertThat(this.jdbc.sql("""
					select count(*) from (select id from email_outbox where id = ?::uuid for update nowait) locked""")
				.param(outboxId)
				.query(Integer.class)
				.single()).isEqualTo(1);

			// The database fails to record "sent" after the SMTP server accepted the
			// mail:
			// the trigger counts the attempt on a sequence (not undone by the rollback).
			this.jdbc.sql("create sequence " + trigger + "_seq").update();
			this.jdbc.sql("""
					create function %1$s() returns trigger language plpgsql as $$
					begin
					  perform nextval('%1$s_seq');
					  raise exception 'lost the sent mark';
					end $$""".formatted(trigger)).update();
			String create = "create trigger %1$s before update on email_outbox for each row when"
					+ " (new.status = 'SENT' and old.id = '%2$s') execute function %1$s()";
			this.jdbc.sql(create.formatted(trigger, outboxId)).update();
			smtp.release();
			smtp.awaitHeldConnectionClosed();
			waitFor(() -> this.jdbc.sql("select is_called from " + trigger + "_seq").query(Boolean.class).single()
					? true : null);
			dropTrigger(trigger, outboxId);

			// Recovered. A later reply goes out, so the sender has run since, and the
			// first
			// one has not gone again: it is still leased.
			String laterId = api.post("/api/v1/tickets/" + ticketId + "/messages", "{\"body\":\"Noch etwas.\"}")
				.json()
				.get("id")
				.asString();
			waitFor(() -> "SENT".equals(statusOf(laterId)) ? true : null);
			assertThat(copiesOf(smtp, replyId)).isEqualTo(1);
			assertThat(statusOf(replyId)).isEqualTo("PENDING");

			// After the lease it is sent once more, with the same Message-ID.
			TestClock.travelTo(Instant.now().plus(Duration.ofMinutes(11)));
			waitFor(() -> "SENT".equals(statusOf(replyId)) ? true : null);
			assertThat(copiesOf(smtp, replyId)).isEqualTo(2);
		}
		finally {
			TestClock.reset();
			dropTrigger(trigger, null);
		}
	}

	/**
	 * Polls now. On a loaded machine the first poll may outlast the client's timeout (the
	 * language models load); the server finishes it all the same.
	 */
	private static void poll(Api api, String mailboxId) {
		try {
			api.post("/api/v1/channels/email/mailboxes/" + mailboxId + "/poll", "{}");
		}
		catch (java.io.UncheckedIOException ex) {
			// Still running on the server; the caller waits for its result.
		}
	}

	private void dropTrigger(String trigger, String outboxId) {
		this.jdbc.sql("drop trigger if exists " + trigger + " on email_outbox").update();
		this.jdbc.sql("drop function if exists " + trigger + "()").update();
		this.jdbc.sql("drop sequence if exists " + trigger + "_seq").update();
	}

	private String statusOf(String messageId) {
		return this.jdbc.sql("select status from email_outbox where message_id = ?::uuid")
			.param(messageId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private static long copiesOf(HeldSmtpServer smtp, String messageId) {
		return smtp.accepted().stream().filter(text -> text.contains("Message-ID: <reply." + messageId + "@")).count();
	}

	private static <T> T waitFor(Supplier<T> probe) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
		while (Instant.now().isBefore(deadline)) {
			T value = probe.get();
			if (value != null) {
				return value;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("Not within 180 seconds");
	}

}
