package dev.meridian.web.api;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.meridian.privacy.DataSubject;
import dev.meridian.privacy.ExportArchive;
import dev.meridian.privacy.PersonalDataHolder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Replayable answers kept for {@code Idempotency-Key}s: an answer that names the customer
 * (a created customer, a ticket) goes with their erasure; the key then simply works as a
 * new request would.
 */
@Component
class IdempotencyPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	IdempotencyPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "idempotency";
	}

	@Override
	public void export(DataSubject subject, ExportArchive archive) {
		// Copies of API answers, not data of their own.
	}

	@Override
	public Map<String, Integer> erase(DataSubject subject) {
		int removed = 0;
		for (String value : subject.identifiers()) {
			if (value.length() < 3) {
				continue;
			}
			removed += this.jdbc.sql("delete from idempotency_records where position(? in body) > 0")
				.param(value.getBytes(StandardCharsets.UTF_8))
				.update();
		}
		return Map.of("records", removed);
	}

}
