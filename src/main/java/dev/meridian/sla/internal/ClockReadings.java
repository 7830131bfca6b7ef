package dev.meridian.sla.internal;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.meridian.sla.SlaTarget;
import dev.meridian.sla.SlaTimes;
import dev.meridian.tickets.ServiceLevel;
import dev.meridian.tickets.ServiceLevels;
import dev.meridian.tickets.TicketId;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shows the clocks to the tickets' screens and API, a page of tickets in one query.
 */
@Component
class ClockReadings implements ServiceLevels {

	private final SlaClockRows rows;

	ClockReadings(SlaClockRows rows) {
		this.rows = rows;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<TicketId, ServiceLevel> of(Collection<TicketId> tickets) {
		if (tickets.isEmpty()) {
			return Map.of();
		}
		return this.rows.findAllById(tickets.stream().map(TicketId::value).toList())
			.stream()
			.collect(Collectors.toMap(SlaClock::ticket, ClockReadings::reading, (a, b) -> a));
	}

	static ServiceLevel reading(SlaClock clock) {
		SlaTimes times = clock.times();
		Function<SlaTarget, String> name = target -> target.name().toLowerCase(java.util.Locale.ROOT);
		return new ServiceLevel(times.firstReplyDueAt(), times.nextReplyDueAt(), times.resolutionDueAt(),
				clock.breaches().stream().map(name).toList(), clock.warnings().stream().map(name).toList(),
				times.policy(), times.calendar(), times.pausedAt(), times.neverOpen(),
				clock.promisedReplyAt().orElse(null));
	}

}
