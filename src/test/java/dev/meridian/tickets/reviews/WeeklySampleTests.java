package dev.meridian.tickets.reviews;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import dev.meridian.agents.AgentId;
import dev.meridian.tickets.TicketId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weekly review sample: the same draw for the same week whatever the order of the
 * candidates, another for another week, never a reviewed conversation, at most the size
 * per agent.
 */
class WeeklySampleTests {

	private static final ReviewWeek WEEK = ReviewWeek.parse("week", "2026-W49");

	private final AgentId ana = agent(1);

	private final AgentId bo = agent(2);

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 42, 2026 })
	void theSameWeekDrawsTheSameSampleWhateverTheOrderOfTheCandidates(long shuffleSeed) {
		List<WeeklySample.Candidate> candidates = candidates(this.ana, 30);
		candidates.addAll(candidates(this.bo, 12));
		List<WeeklySample.Candidate> shuffled = new ArrayList<>(candidates);
		Collections.shuffle(shuffled, new Random(shuffleSeed));

		Map<AgentId, List<TicketId>> first = WeeklySample.draw(WEEK, candidates, Set.of(), 2);
		Map<AgentId, List<TicketId>> again = WeeklySample.draw(ReviewWeek.parse("week", "2026-w49"), shuffled, Set.of(),
				2);

		assertThat(again.get(this.ana)).isEqualTo(first.get(this.ana));
		assertThat(again.get(this.bo)).isEqualTo(first.get(this.bo));
	}

	@Test
	void anotherWeekDrawsAnotherSample() {
		List<WeeklySample.Candidate> candidates = candidates(this.ana, 40);
		Set<List<TicketId>> samples = new HashSet<>();
		for (int week = 1; week <= 10; week++) {
			samples.add(WeeklySample.draw(new ReviewWeek(2026, week), candidates, Set.of(), 3).get(this.ana));
		}
		// Ten weeks drawing 3 of 40: the same three every time would not be random.
		assertThat(samples).hasSizeGreaterThan(5);
	}

	@Test
	void proposesTheSizePerAgentAndAllWhenAnAgentHasFewer() {
		List<WeeklySample.Candidate> candidates = candidates(this.ana, 10);
		candidates.addAll(candidates(this.bo, 1));

		Map<AgentId, List<TicketId>> sample = WeeklySample.draw(WEEK, candidates, Set.of(), 2);

		assertThat(sample.get(this.ana)).hasSize(2).doesNotHaveDuplicates();
		assertThat(sample.get(this.bo)).hasSize(1);
		assertThat(candidates.stream().filter(c -> c.agent().equals(this.ana)).map(WeeklySample.Candidate::ticket))
			.containsAll(sample.get(this.ana));
		assertThat(WeeklySample.draw(WEEK, candidates, Set.of(), 5).get(this.ana)).hasSize(5);
	}

	@Test
	void neverProposesAReviewedConversationAndKeepsTheOthersInPlace() {
		List<WeeklySample.Candidate> candidates = candidates(this.ana, 8);
		List<TicketId> before = WeeklySample.draw(WEEK, candidates, Set.of(), 3).get(this.ana);

		Set<TicketId> reviewed = Set.of(before.get(0));
		List<TicketId> after = WeeklySample.draw(WEEK, candidates, reviewed, 3).get(this.ana);

		assertThat(after).hasSize(3).doesNotContain(before.get(0));
		// The next in the week's order moves up; the others stay.
		assertThat(after.subList(0, 2)).isEqualTo(before.subList(1, 3));
	}

	@Test
	void anAgentWhoseConversationsAreAllReviewedGetsNone() {
		List<WeeklySample.Candidate> candidates = candidates(this.ana, 2);
		Set<TicketId> reviewed = new HashSet<>(candidates.stream().map(WeeklySample.Candidate::ticket).toList());

		assertThat(WeeklySample.draw(WEEK, candidates, reviewed, 2)).doesNotContainKey(this.ana);
	}

	private static List<WeeklySample.Candidate> candidates(AgentId agent, int count) {
		List<WeeklySample.Candidate> candidates = new ArrayList<>();
		Random random = new Random(agent.value().getLeastSignificantBits());
		for (int i = 0; i < count; i++) {
			candidates
				.add(new WeeklySample.Candidate(new TicketId(new UUID(random.nextLong(), random.nextLong())), agent));
		}
		return candidates;
	}

	private static AgentId agent(long n) {
		return new AgentId(new UUID(0, n));
	}

}
