package dev.meridian.channels.email;

import java.sql.Timestamp;
import java.time.Instant;

import dev.meridian.privacy.RetainedData;
import dev.meridian.privacy.RetainedKind;
import dev.meridian.privacy.RetentionScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the email channel keeps for a while only: raw sources and quarantined mail, by the
 * market of the mailbox they came in through (mail handed to the API or to no mailbox of
 * a market follows the rules for the rest), and the words of mailed chat transcripts, by
 * the market they were sent for.
 */
final class EmailRetention {

	private EmailRetention() {
	}

	/** Raw sources of stored mail: deleted, the ticket message stays. */
	@Component
	static class MailSources implements RetainedData {

		private final JdbcClient jdbc;

		MailSources(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public RetainedKind kind() {
			return RetainedKind.MAIL_SOURCES;
		}

		@Override
		public int removeOlderThan(RetentionScope scope, Instant cutoff, int batch) {
			return this.jdbc.sql("""
					delete from email_sources where message_id in (
					    select s.message_id from email_sources s
					    left join lateral (
					        select b.market_code from email_message_ids i join email_mailboxes b on b.id = i.mailbox_id
					        where i.message_id = s.message_id limit 1) box on true
					    where s.received_at < ? and %s
					    order by s.received_at limit ?)""".formatted(scope.condition("box.market_code")))
				.params(Timestamp.from(cutoff), scope.parameter(), batch)
				.update();
		}

	}

	/** Quarantined mail, whatever became of it: deleted. */
	@Component
	static class QuarantinedMail implements RetainedData {

		private final JdbcClient jdbc;

		QuarantinedMail(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public RetainedKind kind() {
			return RetainedKind.QUARANTINED_MAIL;
		}

		@Override
		public int removeOlderThan(RetentionScope scope, Instant cutoff, int batch) {
			return this.jdbc.sql("""
					delete from email_quarantine where id in (
					    select q.id from email_quarantine q left join email_mailboxes b on b.id = q.mailbox_id
					    where q.received_at < ? and %s
					    order by q.received_at limit ?)""".formatted(scope.condition("b.market_code")))
				.params(Timestamp.from(cutoff), scope.parameter(), batch)
				.update();
		}

	}

	/**
	 * Mail worded by another module (chat transcripts, confirmation links) once sent or
	 * given up: the row stays for delivery figures, its words go.
	 */
	@Component
	static class MailedTranscripts implements RetainedData {

		private final JdbcClient jdbc;

		MailedTranscripts(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public RetainedKind kind() {
			return RetainedKind.CHAT_TRANSCRIPTS;
		}

		@Override
		public int removeOlderThan(RetentionScope scope, Instant cutoff, int batch) {
			return this.jdbc.sql("""
					update email_outbox set composed_subject = null, composed_body = null, confirm_link = null
					where id in (
					    select id from email_outbox
					    where kind = 'COMPOSED' and status in ('SENT', 'FAILED') and created_at < ?
					      and (composed_subject is not null or composed_body is not null) and %s
					    order by created_at limit ?)""".formatted(scope.condition("market")))
				.params(Timestamp.from(cutoff), scope.parameter(), batch)
				.update();
		}

	}

}
