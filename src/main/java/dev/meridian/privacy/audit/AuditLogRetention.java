package dev.meridian.privacy.audit;

import java.sql.Timestamp;
import java.time.Instant;

import dev.meridian.privacy.RetainedData;
import dev.meridian.privacy.RetainedKind;
import dev.meridian.privacy.RetentionScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit log keeps its entries for one period in all markets, then its oldest go: the
 * only deletion its append-only trigger lets through, and only from the start of the
 * chain, so what is left still checks (its first entry chains to whatever hash it names).
 */
@Component
class AuditLogRetention implements RetainedData {

	private final JdbcClient jdbc;

	AuditLogRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public RetainedKind kind() {
		return RetainedKind.AUDIT_LOG;
	}

	@Override
	public int removeOlderThan(RetentionScope scope, Instant cutoff, int batch) {
		this.jdbc.sql("select set_config('meridian.audit_prune', 'on', true)").query().singleRow();
		// From the start of the chain only: an older entry behind a newer one (clocks of
		// two nodes) waits, so no hole is cut into the middle.
		return this.jdbc.sql("""
				delete from privacy_audit_log where seq in (
				    select seq from privacy_audit_log
				    where seq < coalesce((select min(seq) from privacy_audit_log where at >= ?), 9223372036854775807)
				    order by seq limit ?)""").params(Timestamp.from(cutoff), batch).update();
	}

}
