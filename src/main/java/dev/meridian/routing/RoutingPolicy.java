package dev.meridian.routing;

import java.time.Instant;
import java.util.function.Function;

import dev.meridian.agents.Presence;
import dev.meridian.agents.Proficiency;
import dev.meridian.tickets.AgentWorkload;
import dev.meridian.tickets.AssignmentReason;
import org.jspecify.annotations.Nullable;

/**
 * Who gets a ticket: among agents who read its language at least at the minimum level,
 * are on shift (not on holiday or time off), online and under capacity, the one who last
 * helped this customer; otherwise the least loaded; among equals the one idle longest (no
 * assignment at all counts as idle since forever). A pure function of its inputs, so it
 * is tested and measured without a database.
 */
public final class RoutingPolicy {

	static final String ASSIGNED = "routing.reason.assigned";

	static final String CONTINUITY = "routing.reason.continuity";

	static final String UNKNOWN_LANGUAGE = "routing.waiting.unknownLanguage";

	static final String NO_SPEAKER = "routing.waiting.noSpeaker";

	static final String NONE_ON_SHIFT = "routing.waiting.noneOnShift";

	static final String NONE_ONLINE = "routing.waiting.noneOnline";

	static final String ALL_BUSY = "routing.waiting.allBusy";

	private final Proficiency minimum;

	public RoutingPolicy(Proficiency minimum) {
		this.minimum = minimum;
	}

	public Proficiency minimum() {
		return this.minimum;
	}

	/**
	 * Decides.
	 * @param table the agents to choose from
	 * @param request the ticket's facts
	 * @param workloads each candidate's current workload
	 */
	public RoutingDecision decide(RoutingTable table, RoutingRequest request,
			Function<dev.meridian.agents.AgentId, AgentWorkload> workloads) {
		String language = RoutingTable.primary(request.language());
		if (language.isEmpty() || "und".equals(language)) {
			return new RoutingDecision.Wait(AssignmentReason.of(UNKNOWN_LANGUAGE));
		}
		long second = request.at().getEpochSecond();
		Candidate[] speakers = table.speakers(language);
		Candidate best = null;
		AgentWorkload bestLoad = null;
		Candidate continuity = null;
		AgentWorkload continuityLoad = null;
		// The cheap tests first (a field, then a binary search), the workload lookup
		// last:
		// most candidates drop out before it.
		for (Candidate candidate : speakers) {
			if (candidate.presence() != Presence.ONLINE || !candidate.proficiency().atLeast(this.minimum)
					|| !candidate.worksAt(second)) {
				continue;
			}
			AgentWorkload load = workloads.apply(candidate.agent());
			if (load.openTickets() >= candidate.capacity().maxOpenTickets()
					|| (request.chat() && load.openChats() >= candidate.capacity().maxConcurrentChats())) {
				continue;
			}
			if (candidate.agent().equals(request.lastAgent())) {
				continuity = candidate;
				continuityLoad = load;
			}
			if (best == null || better(load, candidate, bestLoad, best)) {
				best = candidate;
				bestLoad = load;
			}
		}
		if (continuity != null) {
			return new RoutingDecision.Assign(continuity.agent(),
					reason(CONTINUITY, language, continuity, continuityLoad));
		}
		if (best != null) {
			return new RoutingDecision.Assign(best.agent(), reason(ASSIGNED, language, best, bestLoad));
		}
		return whyNobody(speakers, language, second);
	}

	/** Counted only when nobody fits, so the common path does not pay for it. */
	private RoutingDecision whyNobody(Candidate[] speakers, String language, long second) {
		int qualified = 0;
		int onShift = 0;
		int online = 0;
		for (Candidate candidate : speakers) {
			if (!candidate.proficiency().atLeast(this.minimum)) {
				continue;
			}
			qualified++;
			if (candidate.worksAt(second)) {
				onShift++;
				if (candidate.presence() == Presence.ONLINE) {
					online++;
				}
			}
		}
		String why = qualified == 0 ? NO_SPEAKER : onShift == 0 ? NONE_ON_SHIFT : online == 0 ? NONE_ONLINE : ALL_BUSY;
		return new RoutingDecision.Wait(AssignmentReason.of(why, AssignmentReason.LANGUAGE + language,
				AssignmentReason.PROFICIENCY + this.minimum.name(), onShift));
	}

	/**
	 * Least loaded first, then longest idle, then a stable order so ties do not flicker.
	 */
	private static boolean better(AgentWorkload load, Candidate candidate, AgentWorkload bestLoad, Candidate best) {
		if (load.openTickets() != bestLoad.openTickets()) {
			return load.openTickets() < bestLoad.openTickets();
		}
		int idle = compareIdle(load.lastAssignedAt(), bestLoad.lastAssignedAt());
		if (idle != 0) {
			return idle < 0;
		}
		return candidate.agent().value().compareTo(best.agent().value()) < 0;
	}

	/** Negative when {@code a} was assigned longer ago (or never). */
	private static int compareIdle(@Nullable Instant a, @Nullable Instant b) {
		if (a == null || b == null) {
			return a == b ? 0 : a == null ? -1 : 1;
		}
		return a.compareTo(b);
	}

	private static AssignmentReason reason(String code, String language, Candidate candidate, AgentWorkload load) {
		return AssignmentReason.of(code, AssignmentReason.LANGUAGE + language,
				AssignmentReason.PROFICIENCY + candidate.proficiency().name(),
				AssignmentReason.ZONE + candidate.zone().getId(), load.openTickets());
	}

}
