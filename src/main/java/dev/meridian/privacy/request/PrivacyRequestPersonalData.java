package dev.meridian.privacy.request;

import java.time.Instant;
import java.util.Map;

import dev.meridian.privacy.DataSubject;
import dev.meridian.privacy.ExportArchive;
import dev.meridian.privacy.PersonalDataHolder;
import dev.meridian.privacy.PrivacyRequest;
import dev.meridian.privacy.PrivacyRequests;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The customer's own privacy requests: in their export, and kept after an erasure as the
 * record that it was asked for and answered, without the address.
 */
@Component
class PrivacyRequestPersonalData implements PersonalDataHolder {

	private final PrivacyRequests requests;

	private final JdbcClient jdbc;

	PrivacyRequestPersonalData(PrivacyRequests requests, JdbcClient jdbc) {
		this.requests = requests;
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "privacyRequests";
	}

	record Item(String kind, String status, Instant createdAt, Instant dueAt, @Nullable Instant closedAt) {
	}

	@Override
	public void export(DataSubject subject, ExportArchive archive) {
		archive.section("privacy-requests",
				this.jdbc.sql("select id from privacy_requests where customer_id = ? order by created_at")
					.param(subject.customerId())
					.query(java.util.UUID.class)
					.list()
					.stream()
					.map(this.requests::find)
					.flatMap(java.util.Optional::stream)
					.map(PrivacyRequestPersonalData::item)
					.toList());
	}

	private static Item item(PrivacyRequest request) {
		return new Item(request.kind(), request.status(), request.createdAt(), request.dueAt(), request.closedAt());
	}

	@Override
	public Map<String, Integer> erase(DataSubject subject) {
		return Map.of("addressesForgotten", this.requests.forget(subject));
	}

}
