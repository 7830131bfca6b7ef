package dev.meridian.privacy.erasure;

import java.util.Map;

import dev.meridian.privacy.DataSubject;
import dev.meridian.privacy.ExportArchive;
import dev.meridian.privacy.PersonalDataHolder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Completed event publications kept by Spring Modulith's registry carry copies of the
 * events, which may name the customer; no module owns them, so privacy clears them.
 * Publications not yet completed stay: they are work still to do.
 */
@Component
class EventPublicationPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	EventPublicationPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "events";
	}

	@Override
	public void export(DataSubject subject, ExportArchive archive) {
		// Copies of events about data exported by its owners.
	}

	@Override
	public Map<String, Integer> erase(DataSubject subject) {
		int removed = 0;
		for (String value : subject.identifiers()) {
			String pattern = "%" + value.toLowerCase(java.util.Locale.ROOT)
				.replace("\\", "\\\\")
				.replace("%", "\\%")
				.replace("_", "\\_") + "%";
			removed += this.jdbc.sql("""
					delete from event_publication
					where completion_date is not null and lower(serialized_event) like ?""").param(pattern).update();
			removed += this.jdbc.sql("delete from event_publication_archive where lower(serialized_event) like ?")
				.param(pattern)
				.update();
		}
		return Map.of("completedPublications", removed);
	}

}
