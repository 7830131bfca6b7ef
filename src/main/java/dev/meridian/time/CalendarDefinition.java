package dev.meridian.time;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A calendar as it is stored for an owner: what {@link BusinessCalendar} is built from.
 *
 * @param holidays whose public holidays close it, null for none
 * @param updatedAt when it was last stored
 */
public record CalendarDefinition(CalendarOwner owner, BusinessSchedule schedule, @Nullable HolidayRegion holidays,
		List<LocalDate> closures, List<OneOffOpening> openings, Instant updatedAt) {

	public CalendarDefinition {
		closures = closures.stream().distinct().sorted().toList();
		openings = List.copyOf(openings);
	}

	/** True when the weekly schedule has no open time and no one-off opening adds any. */
	public boolean isNeverOpen() {
		return this.schedule.isNeverOpen() && this.openings.isEmpty();
	}

}
