package dev.meridian.privacy.export;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.NotFoundException;
import dev.meridian.privacy.AuditTrail;
import dev.meridian.privacy.DataSubject;
import dev.meridian.privacy.DataSubjects;
import dev.meridian.privacy.PersonalDataHolder;
import dev.meridian.privacy.PrivacySettings;
import dev.meridian.privacy.audit.AuditLog;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subject access exports: started by an admin, built in the background from every
 * {@link PersonalDataHolder}, kept until downloaded once or until the link expires.
 */
@Service
public class Exports {

	private static final Logger log = LoggerFactory.getLogger(Exports.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final DataSubjects subjects;

	private final List<PersonalDataHolder> holders;

	private final AuditLog audit;

	private final ExportSummary summary;

	private final JsonMapper json;

	private final TaskExecutor executor;

	private final TransactionTemplate readOnly;

	private final TransactionTemplate writing;

	private final PrivacySettings settings;

	private final Clock clock;

	Exports(JdbcClient jdbc, DataSubjects subjects, List<PersonalDataHolder> holders, AuditLog audit,
			ExportSummary summary, JsonMapper json, PlatformTransactionManager transactions, PrivacySettings settings,
			Clock clock) {
		this.jdbc = jdbc;
		this.subjects = subjects;
		this.holders = holders;
		this.audit = audit;
		this.summary = summary;
		this.json = json;
		// A job of its own per request, at most two at once: exports and erasures are
		// rare and must not take the listeners' or the web server's threads.
		SimpleAsyncTaskExecutor jobs = new SimpleAsyncTaskExecutor("privacy-");
		jobs.setConcurrencyLimit(2);
		this.executor = jobs;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.writing = new TransactionTemplate(transactions);
		this.settings = settings;
		this.clock = clock;
	}

	/** An export's state as the API shows it. */
	public record Status(UUID id, UUID customerId, String status, @Nullable String downloadToken,
			@Nullable Instant expiresAt, @Nullable Instant downloadedAt, @Nullable String error, Instant createdAt) {

		/** Whether its download link works now: built, not downloaded, not expired. */
		public boolean downloadable(Instant now) {
			return this.downloadToken != null && this.downloadedAt == null && this.expiresAt != null
					&& this.expiresAt.isAfter(now);
		}

	}

	/**
	 * Starts an export of the customer's data; it runs after this transaction commits.
	 */
	@Transactional
	public UUID start(UUID customerId) {
		DataSubject subject = this.subjects.find(customerId)
			.orElseThrow(() -> new NotFoundException("Customer", customerId));
		UUID id = UUID.randomUUID();
		String actor = this.audit.currentActor();
		this.jdbc.sql("""
				insert into privacy_exports (id, customer_id, status, requested_by, created_at)
				values (?, ?, 'running', ?, ?)""")
			.params(id, customerId, actor, Timestamp.from(this.clock.instant()))
			.update();
		this.audit.record(actor, "customer.exported", subject.auditSubject());
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				Exports.this.executor.execute(() -> run(id, customerId));
			}
		});
		return id;
	}

	/** Whether an export of this customer is being built now. */
	public boolean running(UUID customerId) {
		return this.jdbc.sql("select count(*) from privacy_exports where customer_id = ? and status = 'running'")
			.param(customerId)
			.query(Long.class)
			.single() > 0;
	}

	public Optional<Status> find(UUID id) {
		return this.jdbc.sql("""
				select id, customer_id, status, download_token, expires_at, downloaded_at, error, created_at
				from privacy_exports where id = ?""").param(id).query(Exports::status).optional();
	}

	/** The customer's exports, the newest first (an erasure removes them all). */
	public List<Status> ofCustomer(UUID customerId) {
		return this.jdbc.sql("""
				select id, customer_id, status, download_token, expires_at, downloaded_at, error, created_at
				from privacy_exports where customer_id = ? order by created_at desc, id""")
			.param(customerId)
			.query(Exports::status)
			.list();
	}

	private static Status status(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Timestamp expires = rs.getTimestamp("expires_at");
		Timestamp downloaded = rs.getTimestamp("downloaded_at");
		return new Status(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
				rs.getString("status"), rs.getString("download_token"), expires == null ? null : expires.toInstant(),
				downloaded == null ? null : downloaded.toInstant(), rs.getString("error"),
				rs.getTimestamp("created_at").toInstant());
	}

	/**
	 * The archive behind a download link, once: the bytes are removed as they are handed
	 * out. Empty when the link is unknown, used or expired.
	 */
	@Transactional
	public Optional<byte[]> download(String token) {
		Instant now = this.clock.instant();
		Optional<Object[]> found = this.jdbc.sql("""
				select id, customer_id, archive from privacy_exports
				where download_token = ? and downloaded_at is null and archive is not null and expires_at > ?
				for update""")
			.params(token, Timestamp.from(now))
			.query((rs,
					row) -> new Object[] { rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
							rs.getBytes("archive") })
			.optional();
		found.ifPresent(row -> {
			this.jdbc.sql("update privacy_exports set archive = null, downloaded_at = ? where id = ?")
				.params(Timestamp.from(now), row[0])
				.update();
			this.audit.record("customer.export-downloaded", "customer:" + row[1]);
		});
		return found.map(row -> (byte[]) row[2]);
	}

	void run(UUID id, UUID customerId) {
		try {
			byte[] zip = this.readOnly.execute(status -> build(customerId));
			String token = newToken();
			Instant now = this.clock.instant();
			this.writing.executeWithoutResult(status -> this.jdbc.sql("""
					update privacy_exports set status = 'done', archive = ?, download_token = ?, expires_at = ?,
					finished_at = ? where id = ? and status = 'running'""")
				.params(zip, token, Timestamp.from(now.plus(this.settings.exportLinkValidity())), Timestamp.from(now),
						id)
				.update());
		}
		catch (RuntimeException ex) {
			log.warn("Export {} of customer {} failed", id, customerId, ex);
			String reason = ex.getClass().getSimpleName() + ": " + ex.getMessage();
			this.writing.executeWithoutResult(status -> this.jdbc
				.sql("update privacy_exports set status = 'failed', error = ?, finished_at = ? where id = ?")
				.params(reason.length() > 1000 ? reason.substring(0, 1000) : reason,
						Timestamp.from(this.clock.instant()), id)
				.update());
		}
	}

	private byte[] build(UUID customerId) {
		DataSubject subject = this.subjects.find(customerId)
			.orElseThrow(() -> new NotFoundException("Customer", customerId));
		ZipArchive archive = new ZipArchive(this.json);
		for (PersonalDataHolder holder : this.holders) {
			holder.export(subject, archive);
		}
		archive.section("audit",
				this.audit.find(new AuditLog.Filter(subject.auditSubject(), null, null, null, null, null, 10_000))
					.stream()
					.map(e -> new AuditItem(e.at(), e.actor(), e.action(), e.subject()))
					.toList());
		Locale locale = Locale.forLanguageTag(subject.language());
		return archive.zip(this.summary.html(locale, archive.trees(), archive.fileNames(), this.clock.instant()));
	}

	record AuditItem(Instant at, String actor, String action, String subject) {
	}

	/** Removes every export of the customer (an erasure leaves no archive behind). */
	public int forget(UUID customerId) {
		return this.jdbc.sql("delete from privacy_exports where customer_id = ?").param(customerId).update();
	}

	private static String newToken() {
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

}
