package dev.meridian.privacy.erasure;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.NotFoundException;
import dev.meridian.privacy.DataSubject;
import dev.meridian.privacy.DataSubjects;
import dev.meridian.privacy.ErasureBlockedException;
import dev.meridian.privacy.LegalHold;
import dev.meridian.privacy.PersonalDataHolder;
import dev.meridian.privacy.audit.AuditLog;
import dev.meridian.privacy.export.Exports;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases a customer: one erasure per customer (asking again answers the same one), never
 * while their export is being built. The holders run in one transaction, in their
 * {@link PersonalDataHolder#erasureOrder() order}; the counts they report are kept as the
 * erasure's report.
 */
@Service
public class Erasures {

	private static final Logger log = LoggerFactory.getLogger(Erasures.class);

	private final JdbcClient jdbc;

	private final DataSubjects subjects;

	private final List<PersonalDataHolder> holders;

	private final Exports exports;

	private final AuditLog audit;

	private final JsonMapper json;

	private final TaskExecutor executor;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Erasures(JdbcClient jdbc, DataSubjects subjects, List<PersonalDataHolder> holders, Exports exports, AuditLog audit,
			JsonMapper json, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.subjects = subjects;
		this.holders = holders.stream().sorted(Comparator.comparingInt(PersonalDataHolder::erasureOrder)).toList();
		this.exports = exports;
		this.audit = audit;
		this.json = json;
		// A job of its own per request, at most two at once: exports and erasures are
		// rare and must not take the listeners' or the web server's threads.
		SimpleAsyncTaskExecutor jobs = new SimpleAsyncTaskExecutor("privacy-");
		jobs.setConcurrencyLimit(2);
		this.executor = jobs;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * An erasure as the API shows it.
	 *
	 * @param removed how many of each kind of thing each holder removed or anonymized
	 * @param held what was kept under legal holds, and until when
	 */
	public record Status(UUID id, UUID customerId, String status, Map<String, Integer> removed,
			List<LegalHold.Kept> held, @Nullable String error) {
	}

	/**
	 * Starts erasing the customer, or answers the erasure already started or done. A
	 * failed erasure is started again under the same id.
	 * @throws NotFoundException for an unknown customer
	 * @throws ErasureBlockedException while the customer's export is being built
	 */
	@Transactional
	public UUID start(UUID customerId) {
		// One request at a time per customer decides whether to start.
		this.jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?))")
			.params(0x70726976, customerId.toString())
			.query()
			.singleRow();
		Optional<Status> existing = findByCustomer(customerId);
		if (existing.isPresent() && !existing.get().status().equals("failed")) {
			return existing.get().id();
		}
		DataSubject subject = this.subjects.find(customerId)
			.orElseThrow(() -> new NotFoundException("Customer", customerId));
		if (this.exports.running(customerId)) {
			throw new ErasureBlockedException(customerId);
		}
		UUID id;
		String actor = this.audit.currentActor();
		if (existing.isPresent()) {
			id = existing.get().id();
			this.jdbc
				.sql("update privacy_erasures set status = 'running', error = null, finished_at = null where id = ?")
				.param(id)
				.update();
		}
		else {
			id = UUID.randomUUID();
			this.jdbc.sql("""
					insert into privacy_erasures (id, customer_id, status, requested_by, created_at)
					values (?, ?, 'running', ?, ?)""")
				.params(id, customerId, actor, Timestamp.from(this.clock.instant()))
				.update();
		}
		this.audit.record(actor, "customer.erasure-requested", subject.auditSubject());
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				Erasures.this.executor.execute(() -> run(id, subject));
			}
		});
		return id;
	}

	public Optional<Status> find(UUID id) {
		return this.jdbc.sql(
				"select id, customer_id, status, removed::text as removed, held::text as held, error from privacy_erasures where id = ?")
			.param(id)
			.query(this::status)
			.optional();
	}

	/** The customer's erasure, if one was asked for (there is at most one). */
	public Optional<Status> findByCustomer(UUID customerId) {
		return this.jdbc.sql(
				"select id, customer_id, status, removed::text as removed, held::text as held, error from privacy_erasures where customer_id = ?")
			.param(customerId)
			.query(this::status)
			.optional();
	}

	@SuppressWarnings("unchecked")
	private Status status(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Map<String, Integer> removed = this.json.readValue(rs.getString("removed"), Map.class);
		List<LegalHold.Kept> held = List.of(this.json.readValue(rs.getString("held"), LegalHold.Kept[].class));
		return new Status(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
				rs.getString("status"), removed, held, rs.getString("error"));
	}

	/** How long an erasure waits for listeners still at work on the subject's data. */
	private static final java.time.Duration SETTLE = java.time.Duration.ofSeconds(30);

	/**
	 * Waits (at most {@link #SETTLE}) until no event listener is still due to run on the
	 * subject's data: a listener whose transaction began before the erasure (routing a
	 * ticket, translating a message) holds the ticket and customer as they were, and
	 * would index them again with the name and address the erasure removes. Event
	 * publications name the customer (a new ticket's event) or the ticket (every later
	 * event): the holders say which ids theirs use
	 * ({@link PersonalDataHolder#eventKeys(DataSubject)}).
	 */
	private void awaitPendingListeners(DataSubject subject) {
		List<String> ids = new java.util.ArrayList<>();
		ids.add(subject.customerId().toString());
		this.holders.forEach(holder -> ids.addAll(holder.eventKeys(subject)));
		String[] patterns = ids.stream().map(value -> "%" + value + "%").toArray(String[]::new);
		java.time.Instant deadline = java.time.Instant.now().plus(SETTLE);
		while (this.jdbc.sql("""
				select count(*) from event_publication
				where completion_date is null and status is distinct from 'FAILED'
				  and serialized_event like any (?)""").param(patterns).query(Long.class).single() > 0) {
			if (java.time.Instant.now().isAfter(deadline)) {
				log.warn("Erasing customer {} while event listeners are still due on their data; "
						+ "a failed one runs again on the erased data", subject.customerId());
				return;
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	void run(UUID id, DataSubject subject) {
		try {
			awaitPendingListeners(subject);
			Map<String, Integer> removed = new LinkedHashMap<>();
			List<LegalHold.Kept> held = new java.util.ArrayList<>();
			this.transaction.executeWithoutResult(status -> {
				for (PersonalDataHolder holder : this.holders) {
					held.addAll(holder.kept(subject));
					holder.erase(subject)
						.forEach((kind, count) -> removed.merge(holder.name() + "." + kind, count, Integer::sum));
				}
				removed.put("privacy.exports", this.exports.forget(subject.customerId()));
			});
			for (PersonalDataHolder holder : this.holders) {
				holder.erased(subject);
			}
			this.transaction.executeWithoutResult(status -> this.jdbc.sql("""
					update privacy_erasures set status = 'done', removed = ?::jsonb, held = ?::jsonb, finished_at = ?
					where id = ?""")
				.params(this.json.writeValueAsString(removed), this.json.writeValueAsString(held),
						Timestamp.from(this.clock.instant()), id)
				.update());
			this.audit.record("system", "customer.erased", subject.auditSubject());
		}
		catch (RuntimeException ex) {
			log.warn("Erasure {} of customer {} failed", id, subject.customerId(), ex);
			String reason = ex.getClass().getSimpleName() + ": " + ex.getMessage();
			this.transaction.executeWithoutResult(status -> this.jdbc
				.sql("update privacy_erasures set status = 'failed', error = ?, finished_at = ? where id = ?")
				.params(reason.length() > 1000 ? reason.substring(0, 1000) : reason,
						Timestamp.from(this.clock.instant()), id)
				.update());
		}
	}

}
