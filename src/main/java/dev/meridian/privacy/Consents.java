package dev.meridian.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.meridian.NotFoundException;
import dev.meridian.privacy.audit.AuditLog;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers' consent per {@link Purpose}: every module that sends a message the customer
 * did not ask for asks {@link #allows} first, at the moment it sends. Every decision is
 * kept (when, where, which text in which language, recorded by whom); the latest per
 * purpose is in force, and where none is recorded the purpose's default applies.
 */
@Service
public class Consents {

	private final JdbcClient jdbc;

	private final DataSubjects subjects;

	private final AuditLog audit;

	private final Clock clock;

	Consents(JdbcClient jdbc, DataSubjects subjects, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.subjects = subjects;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Where a customer stands on one purpose.
	 *
	 * @param allowed whether messages for it may be sent now
	 * @param decision the decision in force, or none when the default applies
	 */
	public record Standing(Purpose purpose, boolean allowed, @Nullable ConsentDecision decision) {
	}

	/**
	 * Whether a message for this purpose may be sent to the customer: their latest
	 * decision, or the purpose's default when they never said.
	 */
	@Transactional(readOnly = true)
	public boolean allows(UUID customerId, Purpose purpose) {
		return this.jdbc.sql("""
				select agreed from privacy_consents where customer_id = ? and purpose = ?
				order by seq desc limit 1""")
			.params(customerId, purpose.value())
			.query(Boolean.class)
			.optional()
			.orElse(purpose.allowedByDefault());
	}

	/**
	 * Where the customer stands on every purpose.
	 * @throws NotFoundException for an unknown customer
	 */
	@Transactional(readOnly = true)
	public List<Standing> of(UUID customerId) {
		known(customerId);
		Map<Purpose, ConsentDecision> latest = history(customerId).stream()
			.collect(Collectors.toMap(ConsentDecision::purpose, Function.identity(), (older, newer) -> newer));
		return Arrays.stream(Purpose.values()).map(purpose -> {
			ConsentDecision decision = latest.get(purpose);
			return new Standing(purpose, decision == null ? purpose.allowedByDefault() : decision.agreed(), decision);
		}).toList();
	}

	/** Every decision the customer made, oldest first. */
	@Transactional(readOnly = true)
	public List<ConsentDecision> history(UUID customerId) {
		return this.jdbc.sql("""
				select purpose, agreed, decided_at, channel, text, language, recorded_by from privacy_consents
				where customer_id = ? order by seq""")
			.param(customerId)
			.query((rs, row) -> new ConsentDecision(Purpose.of(rs.getString(1)).orElseThrow(), rs.getBoolean(2),
					rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
			.list();
	}

	/**
	 * Records decisions made now, by whoever is acting (the signed-in agent or token),
	 * and notes the change in the audit trail.
	 * @throws NotFoundException for an unknown customer
	 */
	@Transactional
	public List<Standing> record(UUID customerId, List<ConsentChange> changes) {
		return record(customerId, changes, this.audit.currentActor());
	}

	/** Records decisions made now by a named actor, e.g. {@code help-center}. */
	@Transactional
	public List<Standing> record(UUID customerId, List<ConsentChange> changes, String actor) {
		DataSubject subject = known(customerId);
		Instant now = this.clock.instant();
		for (ConsentChange change : changes) {
			this.jdbc.sql("""
					insert into privacy_consents (customer_id, purpose, agreed, decided_at, channel, text, language,
					                              recorded_by)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(customerId, change.purpose().value(), change.agreed(), Timestamp.from(now), change.channel(),
						change.text(), change.language(), actor)
				.update();
		}
		if (!changes.isEmpty()) {
			this.audit.record(actor, "customer.consent-changed", subject.auditSubject());
		}
		return of(customerId);
	}

	private DataSubject known(UUID customerId) {
		return this.subjects.find(customerId).orElseThrow(() -> new NotFoundException("Customer", customerId));
	}

}
