package dev.meridian.sla;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import dev.meridian.InvalidValueException;
import dev.meridian.markets.CountryCode;
import dev.meridian.tickets.Channel;
import dev.meridian.tickets.Priority;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which policy covers a ticket: empty criteria match anything, the first by position
 * wins.
 */
class SlaPolicyTests {

	static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

	static final CountryCode DE = new CountryCode("DE");

	static final CountryCode JP = new CountryCode("JP");

	@Test
	void emptyCriteriaMatchEveryTicketAlsoOneWithoutMarket() {
		SlaPolicy any = policy("Any", 10, Set.of(), Set.of(), Set.of());

		assertThat(any.matches(Priority.LOW, null, Channel.EMAIL)).isTrue();
		assertThat(any.matches(Priority.URGENT, JP, Channel.CHAT)).isTrue();
	}

	@Test
	void everyCriterionMustHoldAndAMarketListNeedsATicketMarket() {
		SlaPolicy urgentGermanMail = policy("Urgent DE mail", 1, Set.of(Priority.URGENT, Priority.HIGH), Set.of(DE),
				Set.of(Channel.EMAIL));

		assertThat(urgentGermanMail.matches(Priority.HIGH, DE, Channel.EMAIL)).isTrue();
		assertThat(urgentGermanMail.matches(Priority.NORMAL, DE, Channel.EMAIL)).isFalse();
		assertThat(urgentGermanMail.matches(Priority.HIGH, JP, Channel.EMAIL)).isFalse();
		assertThat(urgentGermanMail.matches(Priority.HIGH, DE, Channel.CHAT)).isFalse();
		assertThat(urgentGermanMail.matches(Priority.HIGH, null, Channel.EMAIL)).isFalse();
	}

	@Test
	void theFirstMatchingPolicyByPositionWinsWhateverTheListOrder() {
		SlaPolicy fallback = policy("Standard", 100, Set.of(), Set.of(), Set.of());
		SlaPolicy urgent = policy("Urgent", 1, Set.of(Priority.URGENT), Set.of(), Set.of());
		SlaPolicy japan = policy("Japan", 5, Set.of(), Set.of(JP), Set.of());

		List<SlaPolicy> policies = List.of(fallback, japan, urgent);

		assertThat(SlaPolicy.firstMatching(policies, Priority.URGENT, JP, Channel.EMAIL)).contains(urgent);
		assertThat(SlaPolicy.firstMatching(policies, Priority.NORMAL, JP, Channel.EMAIL)).contains(japan);
		assertThat(SlaPolicy.firstMatching(policies, Priority.NORMAL, DE, Channel.EMAIL)).contains(fallback);
		assertThat(SlaPolicy.firstMatching(List.of(urgent), Priority.LOW, DE, Channel.EMAIL)).isEmpty();
	}

	@Test
	void equalPositionsAreTriedByName() {
		SlaPolicy b = policy("B", 1, Set.of(), Set.of(), Set.of());
		SlaPolicy a = policy("A", 1, Set.of(), Set.of(), Set.of());

		assertThat(SlaPolicy.firstMatching(List.of(b, a), Priority.LOW, null, Channel.WEB)).contains(a);
	}

	@Test
	void rejectsPoliciesWithoutTargetsOrWithOutOfRangeNumbers() {
		assertThatThrownBy(() -> new SlaPolicyDefinition("None", 0, Set.of(), Set.of(), Set.of(), null, null, null, 0))
			.isInstanceOfSatisfying(InvalidValueException.class,
					ex -> assertThat(ex.field()).isEqualTo("firstReplyMinutes"));
		assertThatThrownBy(() -> new SlaPolicyDefinition("Zero", 0, Set.of(), Set.of(), Set.of(), 0, null, null, 0))
			.isInstanceOfSatisfying(InvalidValueException.class,
					ex -> assertThat(ex.field()).isEqualTo("firstReplyMinutes"));
		assertThatThrownBy(() -> new SlaPolicyDefinition(" ", 0, Set.of(), Set.of(), Set.of(), 60, null, null, 0))
			.isInstanceOfSatisfying(InvalidValueException.class, ex -> assertThat(ex.field()).isEqualTo("name"));
		assertThatThrownBy(() -> new SlaPolicyDefinition("Lead", 0, Set.of(), Set.of(), Set.of(), 60, null, null, -1))
			.isInstanceOfSatisfying(InvalidValueException.class,
					ex -> assertThat(ex.field()).isEqualTo("warningLeadMinutes"));
	}

	private static SlaPolicy policy(String name, int position, Set<Priority> priorities, Set<CountryCode> markets,
			Set<Channel> channels) {
		return new SlaPolicy(new SlaPolicyDefinition(name, position, priorities, markets, channels, 60, 120, 480, 15),
				NOW);
	}

}
