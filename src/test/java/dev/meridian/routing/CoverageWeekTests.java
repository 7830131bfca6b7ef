package dev.meridian.routing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.meridian.agents.AgentId;
import dev.meridian.agents.AgentRoster;
import dev.meridian.agents.Capacity;
import dev.meridian.agents.LanguageSkill;
import dev.meridian.agents.Presence;
import dev.meridian.agents.Proficiency;
import dev.meridian.agents.WorkPeriod;
import dev.meridian.markets.LanguageTag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageWeekTests {

	private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	private final List<AgentRoster> rosters = new ArrayList<>();

	@Test
	void groupsTheSameGapOnConsecutiveDays() {
		// 09:00–17:00 UTC on weekdays is 18:00–02:00 in Tokyo.
		weekdays("is", Proficiency.NATIVE, 9, 17);

		CoverageWeek week = compute(List.of("is"), agent -> true);

		assertThat(week.languages().get(0).gaps()).containsExactly(gap("is", 0, 0, 0, 18), gap("is", 1, 4, 2, 18),
				gap("is", 5, 5, 2, 24), gap("is", 6, 6, 0, 24));
		assertThat(week.languages().get(0).days().get(1).get(1)).isEqualTo(CoverageWeek.Hour.COVERED);
		assertThat(week.languages().get(0).days().get(1).get(2)).isEqualTo(CoverageWeek.Hour.UNCOVERED);
	}

	@Test
	void twoAgentsTogetherCoverAnHourNeitherCoversAlone() {
		period("ja", Proficiency.NATIVE, LocalDateTime.of(2026, 12, 8, 10, 0), LocalDateTime.of(2026, 12, 8, 10, 30));
		period("ja", Proficiency.C1, LocalDateTime.of(2026, 12, 8, 10, 30), LocalDateTime.of(2026, 12, 8, 11, 15));

		CoverageWeek.LanguageCoverage japanese = compute(List.of("ja"), agent -> true).languages().get(0);

		assertThat(japanese.days().get(1).get(10)).isEqualTo(CoverageWeek.Hour.COVERED);
		assertThat(japanese.days().get(1).get(11)).isEqualTo(CoverageWeek.Hour.PARTIAL);
		assertThat(japanese.gaps()).contains(gap("ja", 1, 1, 11, 24));
	}

	@Test
	void onlyQualifiedAndIncludedAgentsCount() {
		period("ja", Proficiency.B1, LocalDateTime.of(2026, 12, 8, 10, 0), LocalDateTime.of(2026, 12, 8, 12, 0));
		AgentId outsider = period("ja", Proficiency.NATIVE, LocalDateTime.of(2026, 12, 8, 12, 0),
				LocalDateTime.of(2026, 12, 8, 14, 0));

		CoverageWeek.LanguageCoverage japanese = compute(List.of("ja-JP", "ko"), agent -> !agent.equals(outsider))
			.languages()
			.get(0);

		assertThat(japanese.language()).isEqualTo("ja");
		assertThat(japanese.days().get(1)).containsOnly(CoverageWeek.Hour.UNCOVERED);
	}

	private CoverageWeek compute(List<String> languages, java.util.function.Predicate<AgentId> include) {
		Instant from = MONDAY.atStartOfDay(TOKYO).toInstant().minusSeconds(86_400);
		Instant to = MONDAY.plusDays(8).atStartOfDay(TOKYO).toInstant();
		return CoverageWeek.compute(RoutingTable.of(this.rosters, from, to), languages, include, Proficiency.B2, MONDAY,
				TOKYO);
	}

	private void weekdays(String language, Proficiency proficiency, int startHourUtc, int endHourUtc) {
		List<WorkPeriod> periods = new ArrayList<>();
		for (int d = 0; d < 5; d++) {
			LocalDate day = MONDAY.plusDays(d);
			periods.add(new WorkPeriod(day.atTime(startHourUtc, 0).toInstant(java.time.ZoneOffset.UTC),
					day.atTime(endHourUtc, 0).toInstant(java.time.ZoneOffset.UTC)));
		}
		roster(language, proficiency, periods);
	}

	/** A period on Tokyo's wall clock. */
	private AgentId period(String language, Proficiency proficiency, LocalDateTime start, LocalDateTime end) {
		return roster(language, proficiency,
				List.of(new WorkPeriod(start.atZone(TOKYO).toInstant(), end.atZone(TOKYO).toInstant())));
	}

	private AgentId roster(String language, Proficiency proficiency, List<WorkPeriod> periods) {
		AgentId id = new AgentId(UUID.randomUUID());
		this.rosters.add(new AgentRoster(id, "Agent", ZoneId.of("UTC"),
				List.of(new LanguageSkill(new LanguageTag(language), proficiency)), Presence.OFFLINE, Instant.EPOCH,
				Capacity.DEFAULT, periods));
		return id;
	}

	private static CoverageWeek.Gap gap(String language, int firstDay, int lastDay, int from, int to) {
		return new CoverageWeek.Gap(language, MONDAY.plusDays(firstDay), MONDAY.plusDays(lastDay), from, to);
	}

}
