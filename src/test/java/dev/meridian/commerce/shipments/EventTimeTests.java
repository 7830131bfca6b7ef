package dev.meridian.commerce.shipments;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import dev.meridian.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventTimeTests {

	@Test
	void keepsTheOffsetOfThePlaceAsItsLocalTime() {
		EventTime time = EventTime.parse("occurredAt", "2026-12-05T23:10:00+09:00", "zone", null);

		assertThat(time.at()).isEqualTo(Instant.parse("2026-12-05T14:10:00Z"));
		assertThat(time.zone()).isEqualTo(ZoneOffset.ofHours(9));
		assertThat(time.localTime().orElseThrow().toLocalTime()).hasToString("23:10");
	}

	@Test
	void keepsAZoneInBracketsOrGivenApart() {
		assertThat(EventTime.parse("occurredAt", "2026-12-05T23:10:00+09:00[Asia/Tokyo]", "zone", null).zone())
			.isEqualTo(ZoneId.of("Asia/Tokyo"));
		EventTime utc = EventTime.parse("occurredAt", "2026-07-01T10:00:00Z", "zone", "Europe/Paris");
		assertThat(utc.at()).isEqualTo(Instant.parse("2026-07-01T10:00:00Z"));
		assertThat(utc.localTime().orElseThrow().toLocalTime()).hasToString("12:00");
	}

	@Test
	void anInstantInUtcHasNoKnownPlace() {
		assertThat(EventTime.parse("occurredAt", "2026-12-05T14:10:00Z", "zone", null).localTime()).isEmpty();
	}

	@Test
	void refusesATimeWithoutOffsetAndAnUnknownZone() {
		assertThatThrownBy(() -> EventTime.parse("occurredAt", "2026-12-05T23:10:00", "zone", null))
			.isInstanceOfSatisfying(InvalidValueException.class, ex -> assertThat(ex.field()).isEqualTo("occurredAt"));
		assertThatThrownBy(() -> EventTime.parse("occurredAt", "2026-12-05T23:10:00Z", "zone", "Mars/Olympus"))
			.isInstanceOfSatisfying(InvalidValueException.class, ex -> assertThat(ex.field()).isEqualTo("zone"));
	}

}
