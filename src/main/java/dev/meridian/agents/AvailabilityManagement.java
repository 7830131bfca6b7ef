package dev.meridian.agents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.meridian.InvalidValueException;
import dev.meridian.NotFoundException;
import dev.meridian.agents.internal.AgentAvailabilities;
import dev.meridian.agents.internal.TimeOffs;
import dev.meridian.time.BusinessCalendar;
import dev.meridian.time.BusinessSchedule;
import dev.meridian.time.CalendarManagement;
import dev.meridian.time.Holiday;
import dev.meridian.time.HolidayRegion;
import dev.meridian.time.HolidaySource;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When agents work and whether they are at their desk: shifts, holiday region, capacity,
 * time off and presence, and the questions routing asks of them.
 */
@Service
@Transactional
public class AvailabilityManagement {

	/** How far ahead "next shift" looks; an agent with nothing in two weeks has none. */
	public static final Duration LOOK_AHEAD = Duration.ofDays(14);

	private final AgentAvailabilities availabilities;

	private final TimeOffs timeOffs;

	private final AgentManagement agents;

	private final CalendarManagement calendars;

	private final Clock clock;

	AvailabilityManagement(AgentAvailabilities availabilities, TimeOffs timeOffs, AgentManagement agents,
			CalendarManagement calendars, Clock clock) {
		this.availabilities = availabilities;
		this.timeOffs = timeOffs;
		this.agents = agents;
		this.calendars = calendars;
		this.clock = clock;
	}

	/** The agent's availability; one never set has no shifts and is offline. */
	@Transactional(readOnly = true)
	public AgentAvailability availability(AgentId agent) {
		this.agents.get(agent);
		return this.availabilities.findById(agent.value())
			.orElseGet(() -> new AgentAvailability(agent, this.clock.instant()));
	}

	/**
	 * Sets shifts, holiday region and capacity.
	 * @throws InvalidValueException for overlapping shifts ({@code shifts}) or an unknown
	 * country or subdivision ({@code holidayRegion.country},
	 * {@code holidayRegion.subdivision})
	 */
	public AgentAvailability change(AgentId agent, AvailabilitySettings settings) {
		Agent found = this.agents.get(agent);
		try {
			// The schedule rejects overlapping shifts, also across the end of the week.
			new BusinessSchedule(found.timeZone(), settings.shifts());
		}
		catch (InvalidValueException ex) {
			throw new InvalidValueException("shifts", ex.getMessage());
		}
		if (settings.holidayRegion() != null) {
			try {
				this.calendars.holidays(settings.holidayRegion(), LocalDate.now(this.clock).getYear());
			}
			catch (InvalidValueException ex) {
				throw new InvalidValueException("holidayRegion." + ex.field(), ex.getMessage());
			}
		}
		AgentAvailability availability = stored(agent);
		availability.change(settings, this.clock.instant());
		return this.availabilities.save(availability);
	}

	/**
	 * Sets the agent's presence. Agents set their own; supervisors and admins anyone's.
	 * @throws NotAllowedException when an agent sets someone else's
	 */
	public AgentAvailability changePresence(AgentId agent, Presence presence, Actor actor) {
		if (!actor.is(Role.SUPERVISOR) && !agent.equals(actor.agent())) {
			throw new NotAllowedException("Agents may set only their own presence; ask a supervisor");
		}
		this.agents.get(agent);
		AgentAvailability availability = stored(agent);
		availability.changePresence(presence, this.clock.instant());
		return this.availabilities.save(availability);
	}

	@Transactional(readOnly = true)
	public List<TimeOff> timeOff(AgentId agent) {
		this.agents.get(agent);
		return this.timeOffs.findByAgent(agent.value());
	}

	/**
	 * Adds time off.
	 * @throws InvalidValueException when it overlaps time off of the same kind
	 */
	public TimeOff addTimeOff(AgentId agent, NewTimeOff request) {
		this.agents.get(agent);
		for (TimeOff existing : this.timeOffs.findByAgent(agent.value())) {
			if (existing.overlaps(request)) {
				throw new InvalidValueException(request.firstDay() != null ? "firstDay" : "startsAt",
						"Overlaps time off " + existing.id() + " already planned");
			}
		}
		TimeOff timeOff = this.timeOffs.save(new TimeOff(agent, request, this.clock.instant()));
		availabilityChanged(agent);
		return timeOff;
	}

	public void removeTimeOff(AgentId agent, TimeOffId id) {
		TimeOff timeOff = this.timeOffs.findById(id.value())
			.filter(t -> t.agent().equals(agent))
			.orElseThrow(() -> new NotFoundException("Time off", id));
		this.timeOffs.delete(timeOff);
		availabilityChanged(agent);
	}

	/** Whether the agent works at that instant: on shift, not on a holiday, not off. */
	@Transactional(readOnly = true)
	public boolean isAvailable(AgentId agent, Instant at) {
		return plan(agent, at).isWorkingAt(at);
	}

	/**
	 * The start of the agent's next working period strictly after {@code after}, within
	 * {@link #LOOK_AHEAD}.
	 */
	@Transactional(readOnly = true)
	public Optional<Instant> nextShiftStart(AgentId agent, Instant after) {
		return plan(agent, after).periods(after, after.plus(LOOK_AHEAD))
			.stream()
			.map(WorkPeriod::start)
			.filter(start -> start.isAfter(after))
			.findFirst();
	}

	/**
	 * Every active agent with an availability, with the periods they work in [from, to).
	 * One query per table, holidays looked up once per region and year.
	 */
	@Transactional(readOnly = true)
	public List<AgentRoster> rosters(Instant from, Instant to) {
		Map<AgentId, AgentAvailability> byAgent = this.availabilities.findAllWithShifts()
			.stream()
			.collect(Collectors.toMap(AgentAvailability::agent, a -> a));
		Map<AgentId, Agent> agents = this.agents.findAll(byAgent.keySet());
		LocalDate firstDay = from.atZone(java.time.ZoneOffset.UTC).toLocalDate().minusDays(2);
		LocalDate lastDay = to.atZone(java.time.ZoneOffset.UTC).toLocalDate().plusDays(2);
		Map<UUID, List<TimeOff>> timeOff = this.timeOffs.findTouching(from, to, firstDay, lastDay)
			.stream()
			.collect(Collectors.groupingBy(t -> t.agent().value()));
		Map<String, List<LocalDate>> holidays = new HashMap<>();
		List<AgentRoster> rosters = new ArrayList<>();
		for (AgentAvailability availability : byAgent.values()) {
			Agent agent = agents.get(availability.agent());
			if (agent == null || !agent.isActive()) {
				continue;
			}
			ShiftPlan plan = plan(agent, availability, timeOff.getOrDefault(agent.id().value(), List.of()), holidays,
					from, to);
			rosters.add(new AgentRoster(agent.id(), agent.displayName(), agent.timeZone(), agent.languages(),
					availability.presence(), availability.presenceSince(), availability.capacity(),
					plan.periods(from, to)));
		}
		return rosters;
	}

	private ShiftPlan plan(AgentId id, Instant at) {
		Agent agent = this.agents.get(id);
		AgentAvailability availability = availability(id);
		return plan(agent, availability, this.timeOffs.findByAgent(id.value()), new HashMap<>(),
				at.minus(Duration.ofDays(2)), at.plus(LOOK_AHEAD).plus(Duration.ofDays(2)));
	}

	private ShiftPlan plan(Agent agent, AgentAvailability availability, Collection<TimeOff> timeOff,
			Map<String, List<LocalDate>> holidayCache, Instant from, Instant to) {
		ZoneId zone = agent.timeZone();
		List<LocalDate> closed = new ArrayList<>();
		availability.holidayRegion().ifPresent(region -> {
			int firstYear = Math.max(HolidaySource.FIRST_YEAR, from.atZone(zone).getYear() - 1);
			int lastYear = Math.min(HolidaySource.LAST_YEAR, to.atZone(zone).getYear() + 1);
			for (int year = firstYear; year <= lastYear; year++) {
				closed.addAll(holidayDates(region, year, holidayCache));
			}
		});
		List<WorkPeriod> spans = new ArrayList<>();
		for (TimeOff off : timeOff) {
			if (off.isWholeDays()) {
				off.firstDay().get().datesUntil(off.lastDay().get().plusDays(1)).forEach(closed::add);
			}
			else {
				spans.add(new WorkPeriod(off.startsAt().get(), off.endsAt().get()));
			}
		}
		BusinessCalendar calendar = this.calendars.calendar(availability.schedule(zone), null, closed, List.of());
		return new ShiftPlan(calendar, spans);
	}

	private List<LocalDate> holidayDates(HolidayRegion region, int year, Map<String, List<LocalDate>> cache) {
		return cache.computeIfAbsent(region + "/" + year,
				key -> this.calendars.holidays(region, year).stream().map(Holiday::date).toList());
	}

	private AgentAvailability stored(AgentId agent) {
		return this.availabilities.findById(agent.value())
			.orElseGet(() -> new AgentAvailability(agent, this.clock.instant()));
	}

	private void availabilityChanged(AgentId agent) {
		AgentAvailability availability = stored(agent);
		availability.timeOffChanged(this.clock.instant());
		this.availabilities.save(availability);
	}

}
