package dev.meridian.sla.internal;

import java.time.Instant;

import dev.meridian.sla.SlaTarget;
import dev.meridian.sla.SlaTimes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ticket's clock row: the due times it keeps and each breach and warning marked once.
 */
class SlaClockTests {

	static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

	@Test
	void keepsTheClocksAndMarksEachBreachAndWarningOnce() {
		SlaClock clock = new SlaClock();
		SlaTimes times = SlaTimes.NONE.withDue(SlaTarget.FIRST_REPLY, T0.plusSeconds(3600))
			.withDue(SlaTarget.RESOLUTION, T0.plusSeconds(7200));

		clock.record(times, T0);

		assertThat(clock.times()).isEqualTo(times);
		assertThat(clock.times().earliestDue()).isEqualTo(T0.plusSeconds(3600));
		assertThat(clock.recordWarning(SlaTarget.FIRST_REPLY, T0)).isTrue();
		assertThat(clock.recordWarning(SlaTarget.FIRST_REPLY, T0)).isFalse();
		assertThat(clock.recordBreach(SlaTarget.FIRST_REPLY, T0)).isTrue();
		assertThat(clock.recordBreach(SlaTarget.FIRST_REPLY, T0)).isFalse();
		assertThat(clock.recordBreach(SlaTarget.RESOLUTION, T0)).isTrue();
		assertThat(clock.breaches()).containsExactly(SlaTarget.FIRST_REPLY, SlaTarget.RESOLUTION);
		assertThat(clock.warnings()).containsExactly(SlaTarget.FIRST_REPLY);
	}

	@Test
	void promisesNoLaterThanTheLaterOfTargetAndStaffing() {
		assertThat(SlaClocks.later(T0, T0.plusSeconds(60))).isEqualTo(T0.plusSeconds(60));
		assertThat(SlaClocks.later(T0.plusSeconds(60), T0)).isEqualTo(T0.plusSeconds(60));
		assertThat(SlaClocks.later(null, T0)).isEqualTo(T0);
		assertThat(SlaClocks.later(T0, null)).isEqualTo(T0);
		assertThat(SlaClocks.later(null, null)).isNull();
	}

}
