package dev.meridian.channels.email.mailbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.privacy.SecretUnreadableException;
import dev.meridian.privacy.SecretsAtRest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The configured mailboxes, and where each one's polling has got to. A mailbox's secret
 * is stored sealed ({@link SecretsAtRest}) and opened as it is read.
 */
@Repository
public class Mailboxes {

	private static final Logger log = LoggerFactory.getLogger(Mailboxes.class);

	private static final String COLUMNS = """
			id, name, address, display_name, team_id, market_code, imap_host, imap_port, imap_security, imap_folder,
			imap_done_folder, smtp_host, smtp_port, smtp_security, username, auth, secret, secret_sealed, poll_seconds,
			enabled, uid_validity, last_uid, last_poll_at, last_error""";

	private final JdbcClient jdbc;

	/** How long a poll's claim on a mailbox lasts without progress (SQL). */
	private static final String POLL_LEASE = "interval '5 minutes'";

	private final Clock clock;

	private final SecretsAtRest secrets;

	Mailboxes(JdbcClient jdbc, Clock clock, SecretsAtRest secrets) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.secrets = secrets;
	}

	private static String purpose(UUID mailbox) {
		return "email_mailboxes.secret:" + mailbox;
	}

	/**
	 * Seals the secrets stored in plaintext before secrets were sealed: run once at
	 * start, harmless again.
	 * @return how many were sealed
	 */
	public int sealPlaintextSecrets() {
		record Plain(UUID id, String secret) {
		}
		List<Plain> plain = this.jdbc
			.sql("select id, secret from email_mailboxes where secret is not null and not secret_sealed")
			.query((rs, row) -> new Plain(rs.getObject("id", UUID.class), rs.getString("secret")))
			.list();
		int sealed = 0;
		for (Plain row : plain) {
			// Only if still the same plaintext: another node starting at once, or an
			// admin
			// giving a new secret meanwhile, wins.
			sealed += this.jdbc
				.sql("update email_mailboxes set secret = ?, secret_sealed = true"
						+ " where id = ? and not secret_sealed and secret = ?")
				.params(this.secrets.seal(row.secret(), purpose(row.id())), row.id(), row.secret())
				.update();
		}
		return sealed;
	}

	/**
	 * Seals again with the current key the secrets sealed with a previous one (a key
	 * rotation); returns how many. A secret no key opens is left for an admin to give
	 * again, and counted in the log.
	 */
	public int resealWithCurrentKey() {
		record Sealed(UUID id, String secret) {
		}
		List<Sealed> sealed = this.jdbc
			.sql("select id, secret from email_mailboxes where secret is not null and secret_sealed")
			.query((rs, row) -> new Sealed(rs.getObject("id", UUID.class), rs.getString("secret")))
			.list();
		int resealed = 0;
		for (Sealed row : sealed) {
			Optional<String> again;
			try {
				again = this.secrets.resealed(row.secret(), purpose(row.id()));
			}
			catch (SecretUnreadableException ex) {
				log.warn("The secret of mailbox {} opens with no configured key: give it again", row.id());
				continue;
			}
			if (again.isPresent()) {
				// Only if unchanged meanwhile: a new secret from an admin wins.
				resealed += this.jdbc.sql("update email_mailboxes set secret = ? where id = ? and secret = ?")
					.params(again.get(), row.id(), row.secret())
					.update();
			}
		}
		return resealed;
	}

	public List<MailboxSettings> all() {
		return this.jdbc.sql("select " + COLUMNS + " from email_mailboxes order by name").query(this::mailbox).list();
	}

	public Optional<MailboxSettings> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from email_mailboxes where id = ?")
			.param(id)
			.query(this::mailbox)
			.optional();
	}

	/** The addresses of all mailboxes: mail from them is a loop. */
	public List<String> ownAddresses() {
		return this.jdbc.sql("select lower(address) from email_mailboxes").query(String.class).list();
	}

	/** The first enabled mailbox that can send, for tickets no mailbox received. */
	public Optional<MailboxSettings> defaultSender() {
		return this.jdbc
			.sql("select " + COLUMNS + " from email_mailboxes where enabled and smtp_host is not null"
					+ " order by created_at, id limit 1")
			.query(this::mailbox)
			.optional();
	}

	/**
	 * The mailbox a ticket no mailbox received is answered from: an enabled one that can
	 * send, of the ticket's market if there is one, else the first.
	 */
	public Optional<MailboxSettings> senderFor(@Nullable String market) {
		return this.jdbc
			.sql("select " + COLUMNS + " from email_mailboxes where enabled and smtp_host is not null"
					+ " order by (market_code is not distinct from ?) desc, created_at, id limit 1")
			.param(market)
			.query(this::mailbox)
			.optional();
	}

	public MailboxSettings save(MailboxSettings mailbox) {
		Timestamp now = Timestamp.from(this.clock.instant());
		MailboxSettings.Server imap = mailbox.imap();
		MailboxSettings.Server smtp = mailbox.smtp();
		this.jdbc
			.sql("""
					insert into email_mailboxes (id, name, address, display_name, team_id, market_code, imap_host, imap_port,
					    imap_security, imap_folder, imap_done_folder, smtp_host, smtp_port, smtp_security, username, auth,
					    secret, secret_sealed, poll_seconds, enabled, created_at, updated_at)
					values (:id, :name, :address, :displayName, :team, :market, :imapHost, :imapPort, :imapSecurity,
					    :imapFolder, :imapDone, :smtpHost, :smtpPort, :smtpSecurity, :username, :auth, :secret, :sealed, :poll,
					    :enabled, :now, :now)
					on conflict (id) do update set name = excluded.name, address = excluded.address,
					    display_name = excluded.display_name, team_id = excluded.team_id, market_code = excluded.market_code,
					    imap_host = excluded.imap_host, imap_port = excluded.imap_port, imap_security = excluded.imap_security,
					    imap_folder = excluded.imap_folder, imap_done_folder = excluded.imap_done_folder,
					    smtp_host = excluded.smtp_host, smtp_port = excluded.smtp_port,
					    smtp_security = excluded.smtp_security, username = excluded.username, auth = excluded.auth,
					    secret = excluded.secret, secret_sealed = excluded.secret_sealed, poll_seconds = excluded.poll_seconds, enabled = excluded.enabled,
					    updated_at = excluded.updated_at""")
			.param("id", mailbox.id())
			.param("name", mailbox.name())
			.param("address", mailbox.address())
			.param("displayName", mailbox.displayName())
			.param("team", mailbox.team())
			.param("market", mailbox.market())
			.param("imapHost", imap == null ? null : imap.host())
			.param("imapPort", imap == null ? null : imap.port())
			.param("imapSecurity", imap == null ? "SSL" : imap.security().name())
			.param("imapFolder", imap == null || imap.folder() == null ? "INBOX" : imap.folder())
			.param("imapDone", imap == null ? null : imap.doneFolder())
			.param("smtpHost", smtp == null ? null : smtp.host())
			.param("smtpPort", smtp == null ? null : smtp.port())
			.param("smtpSecurity", smtp == null ? "STARTTLS" : smtp.security().name())
			.param("username", mailbox.username())
			.param("auth", mailbox.auth().name())
			.param("secret",
					mailbox.secret() == null ? null : this.secrets.seal(mailbox.secret(), purpose(mailbox.id())))
			.param("sealed", mailbox.secret() != null)
			.param("poll", mailbox.pollSeconds())
			.param("enabled", mailbox.enabled())
			.param("now", now)
			.update();
		return find(mailbox.id()).orElseThrow();
	}

	public boolean delete(UUID id) {
		return this.jdbc.sql("delete from email_mailboxes where id = ?").param(id).update() == 1;
	}

	/**
	 * Where polling has got to: called after each stored mail, so a restart goes on from
	 * the next one.
	 */
	void progressed(UUID id, long uidValidity, long lastUid) {
		this.jdbc
			.sql("update email_mailboxes set uid_validity = ?, last_uid = greatest(last_uid, ?), "
					+ "poll_claimed_until = case when poll_claimed_until is null then null else now() + " + POLL_LEASE
					+ " end where id = ?")
			.params(uidValidity, lastUid, id)
			.update();
	}

	/**
	 * Claims the mailbox for one poll across the cluster: false while another node (or
	 * this one) polls it. The claim is a lease on the database's clock, not the server's
	 * (which tests move): a node that dies while polling holds the mailbox at most five
	 * minutes past its last stored batch.
	 */
	boolean claimPoll(UUID id) {
		return this.jdbc
			.sql("update email_mailboxes set poll_claimed_until = now() + " + POLL_LEASE
					+ " where id = ? and (poll_claimed_until is null or poll_claimed_until <= now())")
			.param(id)
			.update() == 1;
	}

	void releasePoll(UUID id) {
		this.jdbc.sql("update email_mailboxes set poll_claimed_until = null where id = ?").param(id).update();
	}

	/**
	 * The folder was recreated (new UIDVALIDITY): start over; Message-IDs prevent
	 * doubles.
	 */
	void resetUids(UUID id, long uidValidity) {
		this.jdbc.sql("update email_mailboxes set uid_validity = ?, last_uid = 0 where id = ?")
			.params(uidValidity, id)
			.update();
	}

	void polled(UUID id, @Nullable String error) {
		this.jdbc.sql("update email_mailboxes set last_poll_at = ?, last_error = ? where id = ?")
			.params(Timestamp.from(this.clock.instant()),
					error == null || error.length() <= 1000 ? error : error.substring(0, 1000), id)
			.update();
	}

	private MailboxSettings mailbox(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		String secret = rs.getString("secret");
		if (secret != null && rs.getBoolean("secret_sealed")) {
			secret = this.secrets.open(secret, purpose(id));
		}
		String imapHost = rs.getString("imap_host");
		String smtpHost = rs.getString("smtp_host");
		Timestamp lastPoll = rs.getTimestamp("last_poll_at");
		Long uidValidity = rs.getObject("uid_validity", Long.class);
		return new MailboxSettings(id, rs.getString("name"), rs.getString("address"), rs.getString("display_name"),
				rs.getObject("team_id", UUID.class), rs.getString("market_code"),
				imapHost == null ? null
						: new MailboxSettings.Server(imapHost, rs.getInt("imap_port"),
								MailboxSettings.Security.valueOf(rs.getString("imap_security")),
								rs.getString("imap_folder"), rs.getString("imap_done_folder")),
				smtpHost == null ? null
						: new MailboxSettings.Server(smtpHost, rs.getInt("smtp_port"),
								MailboxSettings.Security.valueOf(rs.getString("smtp_security")), null, null),
				rs.getString("username"), MailboxSettings.Auth.valueOf(rs.getString("auth")), secret,
				rs.getInt("poll_seconds"), rs.getBoolean("enabled"), uidValidity, rs.getLong("last_uid"),
				lastPoll == null ? null : lastPoll.toInstant(), rs.getString("last_error"));
	}

}
