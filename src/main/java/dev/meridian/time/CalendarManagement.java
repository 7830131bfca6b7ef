package dev.meridian.time;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import dev.meridian.InvalidValueException;
import dev.meridian.NotFoundException;
import dev.meridian.markets.CountryCode;
import dev.meridian.time.calendars.StoredCalendars;
import dev.meridian.time.calendars.StoredHolidayDecisions;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The time module's facade: public holidays by region and year, business calendars built
 * on them, and the calendars stored for markets and teams.
 */
@Service
public class CalendarManagement {

	/**
	 * Office hours of a calendar nobody defined: 09:00–18:00 on the region's weekdays.
	 */
	public static final LocalTime DEFAULT_OPEN = LocalTime.of(9, 0);

	/** See {@link #DEFAULT_OPEN}. */
	public static final LocalTime DEFAULT_CLOSE = LocalTime.of(18, 0);

	/**
	 * Built calendars are kept this long. Changes through this node drop them at once;
	 * other nodes of a cluster see a change after at most this time, without a broadcast.
	 */
	static final Duration CACHE_TIME = Duration.ofMinutes(1);

	/** Open around the clock in UTC: for work that belongs to no market or team. */
	public static final BusinessCalendar ALWAYS_OPEN_UTC = BusinessCalendar.of(new BusinessSchedule(ZoneOffset.UTC,
			java.util.Arrays.stream(DayOfWeek.values())
				.map(day -> new OpenInterval(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT))
				.toList()),
			HolidayCalendar.NONE);

	private final DecidedHolidays holidays;

	private final StoredCalendars stored;

	private final @Nullable StoredHolidayDecisions decisions;

	private final Clock clock;

	private final ConcurrentMap<CalendarOwner, Cached> cache = new ConcurrentHashMap<>();

	private final ConcurrentMap<String, CachedDefault> defaults = new ConcurrentHashMap<>();

	/** Without stored holiday decisions: for tests that read no database. */
	public CalendarManagement(HolidaySource holidays, StoredCalendars stored, Clock clock) {
		this(holidays, stored, null, clock);
	}

	@Autowired
	public CalendarManagement(HolidaySource holidays, StoredCalendars stored,
			@Nullable StoredHolidayDecisions decisions, Clock clock) {
		this.stored = stored;
		this.decisions = decisions;
		this.clock = clock;
		this.holidays = new DecidedHolidays(holidays,
				(region, year) -> decisions == null ? List.of() : decisions.find(region, year), clock, CACHE_TIME);
	}

	/**
	 * The days off the calendars use for a region and year, sorted by date: the holiday
	 * data with the admins' decisions applied. A day still {@link Holiday#estimated()
	 * estimated} is a day off like the others.
	 * @throws dev.meridian.InvalidValueException for an unknown country or subdivision or
	 * a year out of range
	 */
	public List<Holiday> holidays(HolidayRegion region, int year) {
		return this.holidays.holidays(region, year);
	}

	/**
	 * The admins' decisions among a region's holidays of a year, by the date the holiday
	 * now has.
	 */
	public Map<LocalDate, HolidayDecision> holidayDecisions(HolidayRegion region, int year) {
		return this.holidays.decisionsByDate(region, year);
	}

	/**
	 * Whose public holidays an owner's calendar closes on: the stored calendar's region,
	 * or for a market without one its country (the default calendar's); empty for a
	 * calendar without holidays and for a team without a calendar.
	 */
	@Transactional(readOnly = true)
	public Optional<HolidayRegion> holidayRegion(CalendarOwner owner) {
		Optional<CalendarDefinition> definition = definition(owner);
		if (definition.isPresent()) {
			return Optional.ofNullable(definition.get().holidays());
		}
		return owner.kind() == CalendarOwner.Kind.MARKET ? Optional.of(HolidayRegion.of(new CountryCode(owner.key())))
				: Optional.empty();
	}

	/**
	 * Confirms a holiday of the owner's holiday region on the date it has now ({@code to}
	 * null or equal to {@code on}) or moves it to {@code to}, a day of the same year that
	 * is not already a holiday. The decision applies to every calendar on that region
	 * (and, for a country, its subdivisions), SLA clocks and routing included.
	 * @return the holiday as it now is
	 * @throws NotFoundException when the owner's calendar has no holidays or none falls
	 * on {@code on}
	 * @throws InvalidValueException ({@code date}) for a day of another year or a day
	 * that is already a holiday
	 */
	@Transactional
	public Holiday decideHoliday(CalendarOwner owner, LocalDate on, @Nullable LocalDate to,
			@Nullable String decidedBy) {
		if (this.decisions == null) {
			throw new IllegalStateException("Holiday decisions are not stored in this set-up");
		}
		HolidayRegion region = holidayRegion(owner)
			.orElseThrow(() -> new NotFoundException("Public holidays of the calendar of", owner));
		List<Holiday> year = holidays(region, on.getYear());
		Holiday holiday = year.stream()
			.filter((h) -> h.date().equals(on))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Holiday of " + region + " on", on));
		HolidayDecision earlier = holidayDecisions(region, on.getYear()).get(on);
		LocalDate listed = earlier == null ? on : earlier.listedDate();
		LocalDate target = to == null ? on : to;
		if (target.getYear() != listed.getYear()) {
			throw new InvalidValueException("date",
					"A holiday moves within its year: " + target + " is not in " + listed.getYear());
		}
		if (!target.equals(on)) {
			year.stream().filter((h) -> h.date().equals(target)).findFirst().ifPresent((other) -> {
				throw new InvalidValueException("date", target + " is already a holiday (" + other.name() + ")");
			});
		}
		this.decisions.save(new HolidayDecision(region, listed, target, this.clock.instant(), decidedBy));
		forgetAll();
		return holiday.decided(target);
	}

	/**
	 * A calendar on a weekly schedule, closed on the public holidays of a region (none
	 * when {@code region} is null) and on the closures, open at the one-off openings.
	 */
	public BusinessCalendar calendar(BusinessSchedule schedule, @Nullable HolidayRegion region,
			Collection<LocalDate> closures, Collection<OneOffOpening> openings) {
		HolidayCalendar publicHolidays = region == null ? HolidayCalendar.NONE
				: HolidayCalendar.of(this.holidays, region);
		return BusinessCalendar.of(schedule, publicHolidays, closures, openings);
	}

	/** The calendar stored for an owner, as stored. */
	@Transactional(readOnly = true)
	public Optional<CalendarDefinition> definition(CalendarOwner owner) {
		return this.stored.find(owner);
	}

	/** The calendar stored for an owner, built; empty when none is stored. */
	public Optional<BusinessCalendar> storedCalendar(CalendarOwner owner) {
		Instant now = this.clock.instant();
		Cached cached = this.cache.get(owner);
		if (cached == null || cached.until().isBefore(now)) {
			cached = new Cached(definition(owner).map(this::build), now.plus(CACHE_TIME));
			this.cache.put(owner, cached);
		}
		return cached.calendar();
	}

	/**
	 * The owner's calendar: the stored one, or else the usual office week of the region:
	 * 09:00–18:00 on its weekdays (CLDR's weekend, Saturday–Sunday in most countries) in
	 * {@code zone}, closed on the region's public holidays. Time does not know markets or
	 * teams, so the caller says which zone and region the default has.
	 * @param region whose weekend and public holidays the default has; null for
	 * Monday–Friday without holidays
	 */
	public BusinessCalendar calendarFor(CalendarOwner owner, ZoneId zone, @Nullable CountryCode region) {
		return storedCalendar(owner).orElseGet(() -> defaultCalendar(zone, region));
	}

	/** The calendar an owner gets when none is stored (see {@link #calendarFor}). */
	public BusinessCalendar defaultCalendar(ZoneId zone, @Nullable CountryCode region) {
		String key = zone.getId() + "|" + (region == null ? "" : region.value());
		Instant now = this.clock.instant();
		CachedDefault cached = this.defaults.get(key);
		if (cached == null || cached.until().isBefore(now)) {
			// Kept for a while only: admins' holiday decisions change the region's
			// holidays.
			cached = new CachedDefault(buildDefault(zone, region), now.plus(CACHE_TIME));
			this.defaults.put(key, cached);
		}
		return cached.calendar();
	}

	private BusinessCalendar buildDefault(ZoneId zone, @Nullable CountryCode region) {
		if (region == null) {
			List<OpenInterval> weekdays = new ArrayList<>();
			for (DayOfWeek day : DayOfWeek.values()) {
				if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
					weekdays.add(new OpenInterval(day, DEFAULT_OPEN, DEFAULT_CLOSE));
				}
			}
			return BusinessCalendar.of(new BusinessSchedule(zone, weekdays), HolidayCalendar.NONE);
		}
		BusinessSchedule week = BusinessSchedule.businessDays(zone, region, DEFAULT_OPEN, DEFAULT_CLOSE);
		try {
			return calendar(week, HolidayRegion.of(region), List.of(), List.of());
		}
		catch (InvalidValueException ex) {
			// A region the holiday data does not know still has a working week.
			return BusinessCalendar.of(week, HolidayCalendar.NONE);
		}
	}

	/**
	 * Stores an owner's calendar in place of the one it had, after checking it builds (a
	 * known holiday region, openings that do not overlap).
	 * @throws dev.meridian.InvalidValueException naming the field at fault
	 */
	@Transactional
	public CalendarDefinition store(CalendarOwner owner, BusinessSchedule schedule, @Nullable HolidayRegion region,
			Collection<LocalDate> closures, Collection<OneOffOpening> openings) {
		calendar(schedule, region, closures, openings);
		CalendarDefinition definition = new CalendarDefinition(owner, schedule, region, List.copyOf(closures),
				List.copyOf(openings), this.clock.instant());
		this.stored.save(definition);
		forget(owner);
		return definition;
	}

	/**
	 * Removes an owner's calendar, so the default applies; false when none was stored.
	 */
	@Transactional
	public boolean remove(CalendarOwner owner) {
		boolean removed = this.stored.delete(owner);
		forget(owner);
		return removed;
	}

	/**
	 * Drops the cached calendar now and again after the commit: a reader between the two
	 * could otherwise cache the old calendar for a whole {@link #CACHE_TIME}.
	 */
	private void forgetAll() {
		forgetAllNow();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					forgetAllNow();
				}
			});
		}
	}

	private void forgetAllNow() {
		this.holidays.forget();
		this.cache.clear();
		this.defaults.clear();
	}

	private void forget(CalendarOwner owner) {
		this.cache.remove(owner);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					CalendarManagement.this.cache.remove(owner);
				}
			});
		}
	}

	private BusinessCalendar build(CalendarDefinition definition) {
		return calendar(definition.schedule(), definition.holidays(), definition.closures(), definition.openings());
	}

	private record Cached(Optional<BusinessCalendar> calendar, Instant until) {
	}

	private record CachedDefault(BusinessCalendar calendar, Instant until) {
	}

}
