package dev.meridian.notifications;

import java.util.Map;

import dev.meridian.privacy.DataSubject;
import dev.meridian.privacy.ExportArchive;
import dev.meridian.privacy.PersonalDataHolder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A customer's choices about proactive notifications (their consent to shipment news) and
 * the notifications sent about their orders. Nothing here names them once the customer
 * row is anonymized, so erasing leaves it: the choice must still be honoured.
 */
@Component
class NotificationPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	NotificationPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "notifications";
	}

	record Choice(boolean optedOut, java.time.Instant changedAt, String changedBy) {
	}

	@Override
	public void export(DataSubject subject, ExportArchive archive) {
		archive.section("consents",
				this.jdbc.sql("""
						select opted_out, changed_at, changed_by from notification_preference_changes
						where customer_id = ? order by changed_at""")
					.param(subject.customerId())
					.query((rs, row) -> new Choice(rs.getBoolean(1), rs.getTimestamp(2).toInstant(), rs.getString(3)))
					.list());
	}

	@Override
	public Map<String, Integer> erase(DataSubject subject) {
		return Map.of();
	}

}
