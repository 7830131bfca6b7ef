package dev.meridian.bench.routing;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import dev.meridian.agents.AgentId;
import dev.meridian.agents.AgentRoster;
import dev.meridian.agents.Capacity;
import dev.meridian.agents.LanguageSkill;
import dev.meridian.agents.Presence;
import dev.meridian.agents.Proficiency;
import dev.meridian.agents.WorkPeriod;
import dev.meridian.markets.LanguageTag;
import dev.meridian.routing.RoutingDecision;
import dev.meridian.routing.RoutingPolicy;
import dev.meridian.routing.RoutingRequest;
import dev.meridian.routing.RoutingTable;
import dev.meridian.tickets.AgentWorkload;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One routing decision (the server's {@link RoutingPolicy} on its {@link RoutingTable})
 * among 10,000 agents reading 40 languages: each agent a native language and a second one
 * at a random level, so about 500 read each language; 8-hour shifts five days a week in
 * one of ten zones over a two-week table; 70 % online; loads 0–24 against a capacity of
 * 20, so some are full; a tenth of tickets from a customer with a previous agent.
 * Tickets rotate over 1,024 prepared requests (languages, instants over a week, previous
 * agents) so no single path is measured. SampleTime gives the percentiles.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RoutingBenchmark {

	static final int AGENTS = 10_000;

	static final int LANGUAGES = 40;

	static final String[] TAGS = { "en", "de", "fr", "es", "pt", "it", "nl", "sv", "da", "nb", "fi", "pl", "cs", "sk",
			"hu", "ro", "bg", "el", "tr", "ru", "uk", "ar", "he", "fa", "hi", "bn", "ta", "th", "vi", "id", "ms", "tl",
			"zh", "ja", "ko", "sw", "am", "yo", "hr", "sl" };

	static final String[] ZONES = { "Europe/Lisbon", "Europe/Berlin", "Europe/Istanbul", "Asia/Dubai",
			"Asia/Kolkata", "Asia/Manila", "Asia/Tokyo", "Australia/Sydney", "America/Mexico_City",
			"America/New_York" };

	RoutingTable table;

	RoutingPolicy policy;

	Map<AgentId, AgentWorkload> loads;

	RoutingRequest[] requests;

	int next;

	@Setup
	public void setUp() {
		Random random = new Random(42);
		Instant from = Instant.parse("2026-12-07T00:00:00Z");
		Instant until = from.plus(Duration.ofDays(16));
		List<AgentRoster> rosters = new ArrayList<>();
		List<AgentId> ids = new ArrayList<>();
		this.loads = new HashMap<>();
		Proficiency[] levels = Proficiency.values();
		for (int i = 0; i < AGENTS; i++) {
			AgentId id = new AgentId(new UUID(random.nextLong(), random.nextLong()));
			ids.add(id);
			ZoneId zone = ZoneId.of(ZONES[random.nextInt(ZONES.length)]);
			int native_ = random.nextInt(LANGUAGES);
			int second = (native_ + 1 + random.nextInt(LANGUAGES - 1)) % LANGUAGES;
			List<LanguageSkill> skills = List.of(new LanguageSkill(new LanguageTag(TAGS[native_]), Proficiency.NATIVE),
					new LanguageSkill(new LanguageTag(TAGS[second]), levels[random.nextInt(levels.length)]));
			Presence presence = random.nextInt(10) < 7 ? Presence.ONLINE
					: random.nextBoolean() ? Presence.AWAY : Presence.OFFLINE;
			rosters.add(new AgentRoster(id, "Agent " + i, zone, skills, presence, from, new Capacity(20, 3),
					shifts(zone, LocalTime.of(random.nextInt(24), 0), from, until)));
			this.loads.put(id, new AgentWorkload(id, random.nextInt(25), random.nextInt(4),
					random.nextInt(5) == 0 ? null : from.minusSeconds(random.nextInt(86_400))));
		}
		this.table = RoutingTable.of(rosters, from, until);
		this.policy = new RoutingPolicy(Proficiency.B2);
		this.requests = new RoutingRequest[1024];
		for (int i = 0; i < this.requests.length; i++) {
			Instant at = from.plusSeconds(random.nextInt(7 * 86_400));
			AgentId last = random.nextInt(10) == 0 ? ids.get(random.nextInt(ids.size())) : null;
			this.requests[i] = new RoutingRequest(TAGS[random.nextInt(LANGUAGES)], random.nextInt(5) == 0, last, at);
		}
	}

	/** Monday to Friday, 8 hours from {@code start} on the agent's wall clock. */
	static List<WorkPeriod> shifts(ZoneId zone, LocalTime start, Instant from, Instant until) {
		List<WorkPeriod> periods = new ArrayList<>();
		LocalDate first = from.atZone(zone).toLocalDate().minusDays(1);
		LocalDate last = until.atZone(zone).toLocalDate();
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
				continue;
			}
			ZonedDateTime begin = ZonedDateTime.of(day, start, zone);
			periods.add(new WorkPeriod(begin.toInstant(), begin.plusHours(8).toInstant()));
		}
		return periods;
	}

	@Benchmark
	public RoutingDecision decide() {
		RoutingRequest request = this.requests[this.next++ & 1023];
		return this.policy.decide(this.table, request,
				agent -> this.loads.getOrDefault(agent, AgentWorkload.idle(agent)));
	}

}
