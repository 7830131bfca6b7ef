package dev.meridian.agents.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.meridian.agents.AgentAvailability;
import dev.meridian.web.EnumValues;
import org.jspecify.annotations.Nullable;

/**
 * An agent's availability as the API returns it, with the zone the shifts are in and, for
 * convenience, whether the agent works now and when their next shift starts.
 */
record AvailabilityResponse(UUID agentId, String timeZone, List<Shift> shifts, @Nullable Region holidayRegion,
		Capacity capacity, String presence, Instant presenceSince, boolean availableNow,
		@Nullable Instant nextShiftStart) {

	record Shift(String day, String start, String end) {
	}

	record Region(String country, @Nullable String subdivision) {
	}

	record Capacity(int maxOpenTickets, int maxConcurrentChats) {
	}

	static AvailabilityResponse of(AgentAvailability availability, String timeZone, boolean availableNow,
			@Nullable Instant nextShiftStart) {
		return new AvailabilityResponse(availability.agent().value(), timeZone,
				availability.shifts()
					.stream()
					.map(s -> new Shift(EnumValues.write(s.day()), s.start().toString(), s.end().toString()))
					.toList(),
				availability.holidayRegion().map(r -> new Region(r.country().value(), r.subdivision())).orElse(null),
				new Capacity(availability.capacity().maxOpenTickets(), availability.capacity().maxConcurrentChats()),
				EnumValues.write(availability.presence()), availability.presenceSince(), availableNow, nextShiftStart);
	}

}
