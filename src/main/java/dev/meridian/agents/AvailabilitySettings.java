package dev.meridian.agents;

import java.util.List;

import dev.meridian.time.HolidayRegion;
import dev.meridian.time.OpenInterval;
import org.jspecify.annotations.Nullable;

/**
 * What an agent's availability is set to: weekly shifts in the agent's own zone, the
 * region whose public holidays they have off (none when null), and their capacity.
 */
public record AvailabilitySettings(List<OpenInterval> shifts, @Nullable HolidayRegion holidayRegion,
		Capacity capacity) {

	public AvailabilitySettings {
		shifts = List.copyOf(shifts);
	}

}
