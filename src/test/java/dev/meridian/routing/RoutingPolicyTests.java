package dev.meridian.routing;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.meridian.agents.AgentId;
import dev.meridian.agents.AgentRoster;
import dev.meridian.agents.Capacity;
import dev.meridian.agents.LanguageSkill;
import dev.meridian.agents.Presence;
import dev.meridian.agents.Proficiency;
import dev.meridian.agents.WorkPeriod;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.AgentWorkload;
import dev.meridian.tickets.AssignmentReason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingPolicyTests {

	private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

	private final RoutingPolicy policy = new RoutingPolicy(Proficiency.B2);

	private final List<AgentRoster> rosters = new ArrayList<>();

	private final Map<AgentId, AgentWorkload> loads = new HashMap<>();

	@Test
	void assignsSpeakerOnShiftWithReason() {
		AgentId kenji = agent("Kenji", "Asia/Manila", "ja", Proficiency.NATIVE);
		load(kenji, 2, null);

		RoutingDecision decision = decide("ja", null);

		assertThat(decision).isEqualTo(new RoutingDecision.Assign(kenji, AssignmentReason.of(RoutingPolicy.ASSIGNED,
				"language:ja", "proficiency:NATIVE", "zone:Asia/Manila", 2)));
	}

	@Test
	void requiresTheMinimumProficiency() {
		agent("Learner", "Europe/Lisbon", "ja", Proficiency.B1);
		AgentId fluent = agent("Fluent", "Europe/Lisbon", "ja", Proficiency.B2);

		assertThat(assigned(decide("ja", null))).isEqualTo(fluent);
	}

	@Test
	void nobodyAtTheLevelMeansNoSpeaker() {
		agent("Learner", "Europe/Lisbon", "ja", Proficiency.A2);

		assertThat(waiting(decide("ja", null))).isEqualTo(RoutingPolicy.NO_SPEAKER);
	}

	@Test
	void matchesOnThePrimaryLanguageSubtag() {
		AgentId lisbon = agent("Inês", "Europe/Lisbon", "pt-PT", Proficiency.NATIVE);

		assertThat(assigned(decide("pt-BR", null))).isEqualTo(lisbon);
	}

	@Test
	void skipsAgentsOffShift() {
		agentWorking("Night", "Asia/Tokyo", "ja", Proficiency.NATIVE, Presence.ONLINE, Capacity.DEFAULT,
				List.of(new WorkPeriod(NOW.plus(Duration.ofHours(8)), NOW.plus(Duration.ofHours(16)))));

		assertThat(waiting(decide("ja", null))).isEqualTo(RoutingPolicy.NONE_ON_SHIFT);
	}

	@Test
	void aShiftEndsExclusively() {
		agentWorking("Early", "Asia/Tokyo", "ja", Proficiency.NATIVE, Presence.ONLINE, Capacity.DEFAULT,
				List.of(new WorkPeriod(NOW.minus(Duration.ofHours(8)), NOW)));

		assertThat(waiting(decide("ja", null))).isEqualTo(RoutingPolicy.NONE_ON_SHIFT);
	}

	@Test
	void holidaysAndTimeOffAreGapsInTheWorkPeriods() {
		// The roster carries working periods with holidays and time off already taken out
		// (see ShiftPlanTests): a day off is a day without a period.
		agentWorking("On leave", "Europe/Lisbon", "pt", Proficiency.NATIVE, Presence.ONLINE, Capacity.DEFAULT,
				List.of(new WorkPeriod(NOW.minus(Duration.ofDays(1)), NOW.minus(Duration.ofHours(16))),
						new WorkPeriod(NOW.plus(Duration.ofHours(20)), NOW.plus(Duration.ofHours(28)))));

		assertThat(waiting(decide("pt", null))).isEqualTo(RoutingPolicy.NONE_ON_SHIFT);
	}

	@Test
	void skipsAgentsWhoAreNotOnline() {
		agentWorking("Away", "Asia/Manila", "ja", Proficiency.NATIVE, Presence.AWAY, Capacity.DEFAULT, allDay());
		agentWorking("Offline", "Asia/Manila", "ja", Proficiency.NATIVE, Presence.OFFLINE, Capacity.DEFAULT, allDay());

		RoutingDecision decision = decide("ja", null);

		assertThat(waiting(decision)).isEqualTo(RoutingPolicy.NONE_ONLINE);
		assertThat(decision.reason().arguments()).containsExactly("language:ja", "proficiency:B2", "2");
	}

	@Test
	void skipsAgentsAtCapacity() {
		AgentId full = agentWorking("Full", "Asia/Manila", "ja", Proficiency.NATIVE, Presence.ONLINE,
				new Capacity(3, 1), allDay());
		load(full, 3, null);

		assertThat(waiting(decide("ja", null))).isEqualTo(RoutingPolicy.ALL_BUSY);
	}

	@Test
	void countsChatsAgainstTheChatCapacity() {
		AgentId chatting = agentWorking("Chatting", "Asia/Manila", "ja", Proficiency.NATIVE, Presence.ONLINE,
				new Capacity(10, 1), allDay());
		this.loads.put(chatting, new AgentWorkload(chatting, 1, 1, null));

		assertThat(waiting(this.policy.decide(table(), new RoutingRequest("ja", true, null, NOW), this::workload)))
			.isEqualTo(RoutingPolicy.ALL_BUSY);
		assertThat(assigned(decide("ja", null))).isEqualTo(chatting);
	}

	@Test
	void prefersTheAgentWhoLastHelpedTheCustomer() {
		AgentId idle = agent("Idle", "Asia/Manila", "ja", Proficiency.NATIVE);
		AgentId known = agent("Known", "Asia/Manila", "ja", Proficiency.C1);
		load(idle, 0, null);
		load(known, 5, NOW.minusSeconds(60));

		RoutingDecision decision = decide("ja", known);

		assertThat(assigned(decision)).isEqualTo(known);
		assertThat(decision.reason().code()).isEqualTo(RoutingPolicy.CONTINUITY);
	}

	@Test
	void ignoresTheLastAgentWhenTheyCannotTakeIt() {
		AgentId idle = agent("Idle", "Asia/Manila", "ja", Proficiency.NATIVE);
		AgentId known = agentWorking("Known", "Asia/Manila", "ja", Proficiency.NATIVE, Presence.AWAY, Capacity.DEFAULT,
				allDay());

		assertThat(assigned(decide("ja", known))).isEqualTo(idle);
	}

	@Test
	void prefersTheLeastLoaded() {
		AgentId busy = agent("Busy", "Asia/Manila", "ja", Proficiency.NATIVE);
		AgentId light = agent("Light", "Asia/Tokyo", "ja", Proficiency.C1);
		load(busy, 4, NOW.minus(Duration.ofHours(5)));
		load(light, 1, NOW.minusSeconds(10));

		assertThat(assigned(decide("ja", null))).isEqualTo(light);
	}

	@Test
	void amongEquallyLoadedPrefersTheLongestIdle() {
		AgentId recent = agent("Recent", "Asia/Manila", "ja", Proficiency.NATIVE);
		AgentId waited = agent("Waited", "Asia/Manila", "ja", Proficiency.NATIVE);
		AgentId never = agent("Never", "Asia/Manila", "ja", Proficiency.NATIVE);
		load(recent, 2, NOW.minusSeconds(60));
		load(waited, 2, NOW.minus(Duration.ofHours(3)));

		assertThat(assigned(decide("ja", null))).isEqualTo(never);
		load(never, 2, NOW);
		assertThat(assigned(decide("ja", null))).isEqualTo(waited);
	}

	@Test
	void aTicketOfUnknownLanguageWaits() {
		agent("Kenji", "Asia/Manila", "ja", Proficiency.NATIVE);

		assertThat(waiting(decide("und", null))).isEqualTo(RoutingPolicy.UNKNOWN_LANGUAGE);
	}

	@Test
	void nobodyFitsWhenNobodySpeaksIt() {
		agent("Kenji", "Asia/Manila", "ja", Proficiency.NATIVE);

		RoutingDecision decision = decide("ko", null);

		assertThat(waiting(decision)).isEqualTo(RoutingPolicy.NO_SPEAKER);
		assertThat(decision.reason().arguments()).first().isEqualTo("language:ko");
	}

	@Test
	void knowsWhenALanguageIsNextCovered() {
		Instant later = NOW.plus(Duration.ofHours(8));
		agentWorking("Night", "Asia/Tokyo", "ja", Proficiency.NATIVE, Presence.OFFLINE, Capacity.DEFAULT,
				List.of(new WorkPeriod(later, later.plus(Duration.ofHours(8)))));
		Candidate candidate = table().speakers("ja")[0];

		assertThat(candidate.nextWorkSecond(NOW.getEpochSecond())).isEqualTo(later.getEpochSecond());
		assertThat(candidate.nextWorkSecond(later.plusSeconds(5).getEpochSecond()))
			.isEqualTo(later.plusSeconds(5).getEpochSecond());
		assertThat(candidate.nextWorkSecond(later.plus(Duration.ofHours(9)).getEpochSecond())).isEqualTo(-1);
	}

	@Test
	void nextCoverageIsTheEarliestShiftOfAQualifiedSpeaker() {
		Instant tokyo = NOW.plus(Duration.ofHours(8));
		Instant manila = NOW.plus(Duration.ofHours(5));
		agentWorking("Tokyo", "Asia/Tokyo", "ja", Proficiency.NATIVE, Presence.OFFLINE, Capacity.DEFAULT,
				List.of(new WorkPeriod(tokyo, tokyo.plus(Duration.ofHours(8)))));
		agentWorking("Learner", "Asia/Manila", "ja", Proficiency.A2, Presence.ONLINE, Capacity.DEFAULT,
				List.of(new WorkPeriod(manila, manila.plus(Duration.ofHours(8)))));
		RoutingTable table = table();
		Instant horizon = NOW.plus(Duration.ofDays(14));

		assertThat(table.nextCoverage("ja-JP", Proficiency.B2, NOW, horizon)).contains(tokyo);
		assertThat(table.nextCoverage("ja", Proficiency.B2, tokyo.plusSeconds(90), horizon))
			.contains(tokyo.plusSeconds(90));
		assertThat(table.nextCoverage("ja", Proficiency.A1, NOW, horizon)).contains(manila);
		assertThat(table.nextCoverage("ja", Proficiency.B2, NOW, NOW.plus(Duration.ofHours(2)))).isEmpty();
		assertThat(table.nextCoverage("ko", Proficiency.B2, NOW, horizon)).isEmpty();
	}

	private RoutingDecision decide(String language, AgentId lastAgent) {
		return this.policy.decide(table(), new RoutingRequest(language, false, lastAgent, NOW), this::workload);
	}

	private AgentWorkload workload(AgentId agent) {
		return this.loads.getOrDefault(agent, AgentWorkload.idle(agent));
	}

	private RoutingTable table() {
		return RoutingTable.of(this.rosters, NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(14)));
	}

	private AgentId agent(String name, String zone, String language, Proficiency proficiency) {
		return agentWorking(name, zone, language, proficiency, Presence.ONLINE, Capacity.DEFAULT, allDay());
	}

	private AgentId agentWorking(String name, String zone, String language, Proficiency proficiency, Presence presence,
			Capacity capacity, List<WorkPeriod> periods) {
		AgentId id = new AgentId(UUID.randomUUID());
		this.rosters.add(new AgentRoster(id, name, ZoneId.of(zone),
				List.of(new LanguageSkill(new LanguageTag(language), proficiency)), presence, NOW, capacity, periods));
		return id;
	}

	private void load(AgentId agent, int open, Instant lastAssigned) {
		this.loads.put(agent, new AgentWorkload(agent, open, 0, lastAssigned));
	}

	private static List<WorkPeriod> allDay() {
		return List.of(new WorkPeriod(NOW.minus(Duration.ofHours(4)), NOW.plus(Duration.ofHours(4))));
	}

	private static AgentId assigned(RoutingDecision decision) {
		assertThat(decision).as(decision.toString()).isInstanceOf(RoutingDecision.Assign.class);
		return ((RoutingDecision.Assign) decision).agent();
	}

	private static String waiting(RoutingDecision decision) {
		assertThat(decision).as(decision.toString()).isInstanceOf(RoutingDecision.Wait.class);
		return decision.reason().code();
	}

}
