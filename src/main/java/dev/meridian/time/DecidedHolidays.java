package dev.meridian.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BiFunction;

/**
 * The holiday data with the admins' decisions applied: an estimated holiday stays a
 * holiday (SLA and routing close on it) until an admin confirms it or moves it to the
 * announced day. A country's decisions apply to its subdivisions too; a subdivision's own
 * decision on the same holiday wins.
 */
public final class DecidedHolidays implements HolidaySource {

	private final HolidaySource data;

	private final BiFunction<HolidayRegion, Integer, List<HolidayDecision>> decisions;

	private final Clock clock;

	private final Duration keep;

	private final ConcurrentMap<String, DecidedYear> years = new ConcurrentHashMap<>();

	/**
	 * @param decisions the decisions stored for exactly a region, on holidays the data
	 * lists in a year
	 * @param keep how long a year is kept before decisions are read again (other nodes of
	 * a cluster see a decision after at most this time)
	 */
	public DecidedHolidays(HolidaySource data, BiFunction<HolidayRegion, Integer, List<HolidayDecision>> decisions,
			Clock clock, Duration keep) {
		this.data = data;
		this.decisions = decisions;
		this.clock = clock;
		this.keep = keep;
	}

	@Override
	public List<Holiday> holidays(HolidayRegion region, int year) {
		return year(region, year).holidays();
	}

	@Override
	public void validate(HolidayRegion region) {
		this.data.validate(region);
	}

	/** The decisions that shaped a year's holidays, by the date the holiday now has. */
	public Map<LocalDate, HolidayDecision> decisionsByDate(HolidayRegion region, int year) {
		return year(region, year).decisions();
	}

	/** Reads decisions again at the next question. */
	public void forget() {
		this.years.clear();
	}

	private DecidedYear year(HolidayRegion region, int year) {
		String key = region + "/" + year;
		Instant now = this.clock.instant();
		DecidedYear known = this.years.get(key);
		if (known != null && known.until().isAfter(now)) {
			return known;
		}
		DecidedYear loaded = load(region, year, now.plus(this.keep));
		// Regions and years come from stored calendars and requests: bounded like the
		// data's cache.
		if (this.years.size() < 2000) {
			this.years.put(key, loaded);
		}
		return loaded;
	}

	private DecidedYear load(HolidayRegion region, int year, Instant until) {
		List<Holiday> listed = this.data.holidays(region, year);
		Map<LocalDate, HolidayDecision> byListedDate = new HashMap<>();
		if (region.subdivision() != null) {
			this.decisions.apply(HolidayRegion.of(region.country()), year)
				.forEach((decision) -> byListedDate.put(decision.listedDate(), decision));
		}
		this.decisions.apply(region, year).forEach((decision) -> byListedDate.put(decision.listedDate(), decision));
		List<Holiday> decided = new ArrayList<>();
		Map<LocalDate, HolidayDecision> byDate = new HashMap<>();
		for (Holiday holiday : listed) {
			HolidayDecision decision = byListedDate.get(holiday.date());
			if (decision == null) {
				decided.add(holiday);
			}
			else {
				decided.add(holiday.decided(decision.date()));
				byDate.put(decision.date(), decision);
			}
		}
		decided.sort(Comparator.comparing(Holiday::date));
		return new DecidedYear(List.copyOf(decided), Map.copyOf(byDate), until);
	}

	private record DecidedYear(List<Holiday> holidays, Map<LocalDate, HolidayDecision> decisions, Instant until) {
	}

}
