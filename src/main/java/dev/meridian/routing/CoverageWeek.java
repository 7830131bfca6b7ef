package dev.meridian.routing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import dev.meridian.agents.AgentId;
import dev.meridian.agents.Proficiency;
import dev.meridian.agents.WorkPeriod;

/**
 * Which hours of a week each language is covered by agents who read it at the minimum
 * level and are on shift (presence and load ignored: this is about planning), on the wall
 * clock of a zone the viewer chooses, with the gaps.
 *
 * @param monday the first day of the ISO week
 * @param zone the zone whose hours are shown
 * @param minimum the level an agent must read the language at
 * @param languages one entry per language, in the order asked for
 */
public record CoverageWeek(LocalDate monday, ZoneId zone, Proficiency minimum, List<LanguageCoverage> languages) {

	/** How much of an hour is covered. */
	public enum Hour {

		/** Someone is on shift for all of it. */
		COVERED,
		/** Someone is on shift for part of it. */
		PARTIAL,
		/** Nobody is. */
		UNCOVERED

	}

	/**
	 * One language's week.
	 *
	 * @param language primary language subtag
	 * @param days seven days from Monday, 24 hours each
	 * @param gaps the hours not fully covered, grouped
	 */
	public record LanguageCoverage(String language, List<List<Hour>> days, List<Gap> gaps) {
	}

	/**
	 * Hours {@code fromHour}–{@code toHour} (24 for midnight at the end) not fully
	 * covered on each day from {@code firstDay} to {@code lastDay}.
	 */
	public record Gap(String language, LocalDate firstDay, LocalDate lastDay, int fromHour, int toHour) {
	}

	/**
	 * Computes the week.
	 * @param table agents and their working periods, covering the week
	 * @param languages the languages to show (primary subtags or tags)
	 * @param include which agents count (a team's members, or everyone)
	 */
	public static CoverageWeek compute(RoutingTable table, Collection<String> languages, Predicate<AgentId> include,
			Proficiency minimum, LocalDate monday, ZoneId zone) {
		List<LanguageCoverage> result = new ArrayList<>();
		for (String language : languages.stream().map(RoutingTable::primary).distinct().toList()) {
			List<WorkPeriod> periods = new ArrayList<>();
			for (Candidate candidate : table.speakers(language)) {
				if (candidate.proficiency().atLeast(minimum) && include.test(candidate.agent())) {
					periods.addAll(candidate.workPeriods());
				}
			}
			List<WorkPeriod> union = union(periods);
			List<List<Hour>> days = new ArrayList<>();
			for (int d = 0; d < 7; d++) {
				List<Hour> hours = new ArrayList<>(24);
				for (int h = 0; h < 24; h++) {
					ZonedDateTime start = monday.plusDays(d).atStartOfDay(zone).plusHours(h);
					hours.add(hour(union, start.toInstant(), start.plusHours(1).toInstant()));
				}
				days.add(List.copyOf(hours));
			}
			result.add(new LanguageCoverage(language, List.copyOf(days), gaps(language, monday, days)));
		}
		return new CoverageWeek(monday, zone, minimum, List.copyOf(result));
	}

	private static List<WorkPeriod> union(List<WorkPeriod> periods) {
		List<WorkPeriod> sorted = periods.stream().sorted(Comparator.comparing(WorkPeriod::start)).toList();
		List<WorkPeriod> union = new ArrayList<>();
		for (WorkPeriod period : sorted) {
			WorkPeriod last = union.isEmpty() ? null : union.get(union.size() - 1);
			if (last != null && !period.start().isAfter(last.end())) {
				if (period.end().isAfter(last.end())) {
					union.set(union.size() - 1, new WorkPeriod(last.start(), period.end()));
				}
			}
			else {
				union.add(period);
			}
		}
		return union;
	}

	private static Hour hour(List<WorkPeriod> union, Instant start, Instant end) {
		long covered = 0;
		for (WorkPeriod period : union) {
			if (!period.end().isAfter(start)) {
				continue;
			}
			if (!period.start().isBefore(end)) {
				break;
			}
			Instant from = period.start().isAfter(start) ? period.start() : start;
			Instant to = period.end().isBefore(end) ? period.end() : end;
			covered += to.getEpochSecond() - from.getEpochSecond();
		}
		long length = end.getEpochSecond() - start.getEpochSecond();
		return covered >= length ? Hour.COVERED : covered == 0 ? Hour.UNCOVERED : Hour.PARTIAL;
	}

	/**
	 * Runs of hours not fully covered, per day; the same run on consecutive days becomes
	 * one gap ("Mon–Fri 02:00–06:00").
	 */
	private static List<Gap> gaps(String language, LocalDate monday, List<List<Hour>> days) {
		Map<List<Integer>, List<Gap>> byHours = new LinkedHashMap<>();
		for (int d = 0; d < 7; d++) {
			List<Hour> hours = days.get(d);
			int h = 0;
			while (h < 24) {
				if (hours.get(h) == Hour.COVERED) {
					h++;
					continue;
				}
				int from = h;
				while (h < 24 && hours.get(h) != Hour.COVERED) {
					h++;
				}
				LocalDate day = monday.plusDays(d);
				List<Gap> runs = byHours.computeIfAbsent(List.of(from, h), k -> new ArrayList<>());
				Gap previous = runs.isEmpty() ? null : runs.get(runs.size() - 1);
				if (previous != null && previous.lastDay().plusDays(1).equals(day)) {
					runs.set(runs.size() - 1, new Gap(language, previous.firstDay(), day, from, h));
				}
				else {
					runs.add(new Gap(language, day, day, from, h));
				}
			}
		}
		return byHours.values()
			.stream()
			.flatMap(List::stream)
			.sorted(Comparator.comparing(Gap::firstDay).thenComparingInt(Gap::fromHour))
			.toList();
	}

}
