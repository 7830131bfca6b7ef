package dev.meridian.commerce.shipments;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import dev.meridian.InvalidValueException;
import dev.meridian.commerce.ShipmentStatus;
import dev.meridian.commerce.ShipmentSubStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrackingTimelineTests {

	private long sequence;

	@Test
	void theCurrentStatusIsTheLatestEventByWhenItHappenedNotByArrival() {
		TrackingEvent transit = event(ShipmentStatus.IN_TRANSIT, null, "2026-12-01T10:00:00Z");
		TrackingEvent customs = event(ShipmentStatus.EXCEPTION, ShipmentSubStatus.HELD_AT_CUSTOMS,
				"2026-12-03T10:00:00Z");
		// A late scan from before the customs hold arrives last.
		TrackingEvent lateScan = event(ShipmentStatus.IN_TRANSIT, ShipmentSubStatus.ARRIVED_AT_FACILITY,
				"2026-12-02T10:00:00Z");

		assertThat(TrackingTimeline.current(List.of(transit, customs, lateScan))).contains(customs);
		assertThat(TrackingTimeline.newestFirst(List.of(transit, customs, lateScan))).containsExactly(customs, lateScan,
				transit);
	}

	@Test
	void ofTwoEventsAtTheSameMomentTheLastArrivedCounts() {
		TrackingEvent first = event(ShipmentStatus.EXCEPTION, ShipmentSubStatus.HELD_AT_CUSTOMS,
				"2026-12-03T10:00:00Z");
		TrackingEvent second = event(ShipmentStatus.EXCEPTION, ShipmentSubStatus.DUTIES_PAYABLE,
				"2026-12-03T10:00:00Z");

		assertThat(TrackingTimeline.current(List.of(second, first))).contains(second);
	}

	@Test
	void theOrderOfArrivalNeverChangesTheCurrentStatus() {
		Random random = new Random(20261205);
		for (int round = 0; round < 200; round++) {
			List<TrackingEvent> events = new ArrayList<>();
			Instant latest = Instant.EPOCH;
			for (int i = 0; i < 1 + random.nextInt(8); i++) {
				Instant at = Instant.parse("2026-12-01T00:00:00Z").plusSeconds(random.nextInt(1_000_000) * 60L);
				events.add(event(ShipmentStatus.values()[random.nextInt(ShipmentStatus.values().length)], null,
						at.toString()));
				latest = at.isAfter(latest) ? at : latest;
			}
			List<TrackingEvent> shuffled = new ArrayList<>(events);
			Collections.shuffle(shuffled, random);
			assertThat(TrackingTimeline.current(shuffled).orElseThrow().occurredAt()).as("round %d", round)
				.isEqualTo(latest);
		}
	}

	@Test
	void noEventsNoCurrentStatus() {
		assertThat(TrackingTimeline.current(List.of())).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "info_received", "in_transit", "out_for_delivery", "failed_attempt",
			"available_for_pickup", "delivered", "exception", "expired" })
	void readsEveryStatusOfTheModel(String value) {
		assertThat(ShipmentStatus.parse("status", value).value()).isEqualTo(value);
	}

	@Test
	void anUnknownStatusOrSubStatusNamesItsField() {
		assertThatThrownBy(() -> ShipmentStatus.parse("status", "lost_in_space"))
			.isInstanceOfSatisfying(InvalidValueException.class, ex -> assertThat(ex.field()).isEqualTo("status"));
		assertThatThrownBy(() -> ShipmentSubStatus.parse("subStatus", "eaten_by_dog"))
			.isInstanceOfSatisfying(InvalidValueException.class, ex -> assertThat(ex.field()).isEqualTo("subStatus"));
	}

	@Test
	void aSubStatusMustRefineItsStatus() {
		assertThat(ShipmentSubStatus.parse("subStatus", "held_at_customs", ShipmentStatus.EXCEPTION))
			.isEqualTo(ShipmentSubStatus.HELD_AT_CUSTOMS);
		assertThat(ShipmentSubStatus.parse("subStatus", "duties_payable", ShipmentStatus.IN_TRANSIT))
			.isEqualTo(ShipmentSubStatus.DUTIES_PAYABLE);
		assertThatThrownBy(() -> ShipmentSubStatus.parse("subStatus", "held_at_customs", ShipmentStatus.DELIVERED))
			.isInstanceOfSatisfying(InvalidValueException.class, ex -> assertThat(ex.field()).isEqualTo("subStatus"));
	}

	@Test
	void customsSubStatusesAreTheFourThatNeedTheCustomer() {
		assertThat(java.util.Arrays.stream(ShipmentSubStatus.values()).filter(ShipmentSubStatus::isCustoms))
			.containsExactlyInAnyOrder(ShipmentSubStatus.HELD_AT_CUSTOMS, ShipmentSubStatus.CUSTOMS_DELAY,
					ShipmentSubStatus.DUTIES_PAYABLE, ShipmentSubStatus.MISSING_DOCUMENTS);
	}

	private TrackingEvent event(ShipmentStatus status, ShipmentSubStatus subStatus, String at) {
		return new TrackingEvent(UUID.randomUUID(), status, subStatus, new EventTime(Instant.parse(at), null), null,
				null, ++this.sequence, Instant.now());
	}

}
