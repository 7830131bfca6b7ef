package dev.meridian.tickets.reviews;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import dev.meridian.agents.AgentId;
import dev.meridian.tickets.TicketId;

/**
 * Which solved conversations a week proposes for review: per agent, {@code size} of those
 * not reviewed yet, drawn at random but the same for the same week. Each conversation
 * gets a rank from a generator seeded with the week and its id, so the draw does not
 * depend on the order the candidates come in, and one candidate more or less does not
 * reshuffle the others.
 */
public final class WeeklySample {

	private WeeklySample() {
	}

	/** A solved conversation and the agent it would review. */
	public record Candidate(TicketId ticket, AgentId agent) {
	}

	/**
	 * The sample, agents in the order they first appear among the candidates.
	 * @param reviewed conversations already reviewed: never proposed
	 */
	public static Map<AgentId, List<TicketId>> draw(ReviewWeek week, List<Candidate> candidates, Set<TicketId> reviewed,
			int size) {
		long seed = seed(week);
		Map<AgentId, List<Candidate>> byAgent = new LinkedHashMap<>();
		for (Candidate candidate : candidates) {
			if (!reviewed.contains(candidate.ticket())) {
				byAgent.computeIfAbsent(candidate.agent(), a -> new ArrayList<>()).add(candidate);
			}
		}
		Map<AgentId, List<TicketId>> sample = new LinkedHashMap<>();
		byAgent.forEach((agent, theirs) -> sample.put(agent, theirs.stream()
			.map(Candidate::ticket)
			.distinct()
			.sorted(Comparator.comparingLong((TicketId t) -> rank(seed, t.value())).thenComparing(TicketId::value))
			.limit(size)
			.toList()));
		return sample;
	}

	private static long seed(ReviewWeek week) {
		return UUID.nameUUIDFromBytes(week.toString().getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();
	}

	private static long rank(long seed, UUID ticket) {
		return new SplittableRandom(
				seed ^ ticket.getMostSignificantBits() ^ Long.rotateLeft(ticket.getLeastSignificantBits(), 17))
			.nextLong();
	}

}
