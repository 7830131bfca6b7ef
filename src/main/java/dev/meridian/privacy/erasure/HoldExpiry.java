package dev.meridian.privacy.erasure;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.meridian.privacy.DataSubject;
import dev.meridian.privacy.DataSubjects;
import dev.meridian.privacy.LegalHold;
import dev.meridian.privacy.PersonalDataHolder;
import dev.meridian.privacy.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes what a legal hold kept once the hold has run out: each day, every done erasure
 * that kept something until a moment now past is erased again by the holders that kept it
 * (an order past its hold is erased as if it had never been held), and the erasure's
 * record then lists only what is still held. Audited as
 * {@code customer.legal-hold-ended}. One node at a time per customer (the erasure's own
 * lock).
 */
@Component
public class HoldExpiry {

	private static final Logger log = LoggerFactory.getLogger(HoldExpiry.class);

	private final JdbcClient jdbc;

	private final DataSubjects subjects;

	private final List<PersonalDataHolder> holders;

	private final AuditLog audit;

	private final JsonMapper json;

	private final TransactionTemplate transaction;

	private final Clock clock;

	HoldExpiry(JdbcClient jdbc, DataSubjects subjects, List<PersonalDataHolder> holders, AuditLog audit,
			JsonMapper json, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.subjects = subjects;
		this.holders = holders;
		this.audit = audit;
		this.json = json;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	private record Held(UUID erasure, UUID customer, List<LegalHold.Kept> kept) {
	}

	@Scheduled(cron = "${meridian.privacy.hold-expiry-cron:0 23 3 * * *}")
	void daily() {
		endExpiredHolds();
	}

	/** Ends the holds that ran out by now; how many erasures it revisited. */
	public int endExpiredHolds() {
		Instant now = this.clock.instant();
		List<Held> due = this.jdbc.sql("""
				select id, customer_id, held::text as held from privacy_erasures
				where status = 'done' and jsonb_array_length(held) > 0""")
			.query((rs, row) -> new Held(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
					List.of(this.json.readValue(rs.getString("held"), LegalHold.Kept[].class))))
			.list()
			.stream()
			.filter(held -> held.kept().stream().anyMatch(kept -> !kept.until().isAfter(now)))
			.toList();
		int ended = 0;
		for (Held held : due) {
			try {
				if (Boolean.TRUE.equals(this.transaction.execute(status -> end(held, now)))) {
					ended++;
				}
			}
			catch (RuntimeException ex) {
				// the next day tries again; the other erasures go on
				log.warn("Ending the legal holds of erasure {} failed", held.erasure(), ex);
			}
		}
		return ended;
	}

	private boolean end(Held held, Instant now) {
		this.jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?))")
			.params(0x70726976, held.customer().toString())
			.query()
			.singleRow();
		DataSubject subject = this.subjects.find(held.customer()).orElse(null);
		if (subject == null) {
			return false;
		}
		// the holders that kept something whose hold ended: "commerce.orders" is
		// commerce's
		Set<String> expired = held.kept()
			.stream()
			.filter(kept -> !kept.until().isAfter(now))
			.map(kept -> kept.kept().split("\\.", 2)[0])
			.collect(Collectors.toSet());
		List<LegalHold.Kept> still = new ArrayList<>(
				held.kept().stream().filter(kept -> !expired.contains(kept.kept().split("\\.", 2)[0])).toList());
		for (PersonalDataHolder holder : this.holders) {
			if (expired.contains(holder.name())) {
				holder.erase(subject);
				still.addAll(holder.kept(subject));
			}
		}
		this.jdbc.sql("update privacy_erasures set held = ?::jsonb where id = ?")
			.params(this.json.writeValueAsString(still), held.erasure())
			.update();
		this.audit.record("system", "customer.legal-hold-ended", subject.auditSubject());
		return true;
	}

}
