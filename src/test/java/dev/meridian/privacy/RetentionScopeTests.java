package dev.meridian.privacy;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetentionScopeTests {

	@Test
	void oneMarketIsThatMarketsRowsOnly() {
		RetentionScope scope = new RetentionScope("FR", List.of());

		assertThat(scope.condition("t.market_code")).isEqualTo("(t.market_code = ?)");
		assertThat(scope.parameter()).isEqualTo("FR");
		assertThat(scope.label()).isEqualTo("FR");
	}

	@Test
	void theRestIsRowsWithNoMarketOrOfAMarketWithoutRulesOfItsOwn() {
		RetentionScope scope = new RetentionScope(null, List.of("FR", "DE"));

		assertThat(scope.condition("market")).isEqualTo("(market is null or not (market = any (?)))");
		assertThat((String[]) scope.parameter()).containsExactly("FR", "DE");
		assertThat(scope.label()).isEqualTo("*");
	}

	@Test
	void everythingLeavesNoMarketOut() {
		assertThat((String[]) RetentionScope.everything().parameter()).isEmpty();
	}

	@Test
	void kindsAreFoundByTheirApiNames() {
		assertThat(RetainedKind.ofKey("solvedTickets")).contains(RetainedKind.SOLVED_TICKETS);
		assertThat(RetainedKind.ofKey("SOLVED_TICKETS")).isEmpty();
		assertThat(RetainedKind.AUDIT_LOG.perMarket()).isFalse();
	}

}
