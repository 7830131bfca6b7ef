package dev.meridian.analytics;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectionTests {

	@Test
	void marketAndLanguageReadTheSmallestProjection() {
		assertThat(Projection.of(query(Dimension.MARKET, Map.of()))).isEqualTo(Projection.MARKET_LANGUAGE);
		assertThat(Projection.of(query(Dimension.LANGUAGE, Map.of(Dimension.MARKET, "JP"))))
			.isEqualTo(Projection.MARKET_LANGUAGE);
	}

	@Test
	void channelAloneOrWithMarketAndLanguageReadsTheChannelProjection() {
		assertThat(Projection.of(query(Dimension.CHANNEL, Map.of()))).isEqualTo(Projection.CHANNEL);
		assertThat(Projection.of(query(Dimension.CHANNEL, Map.of(Dimension.MARKET, "DE", Dimension.LANGUAGE, "de"))))
			.isEqualTo(Projection.CHANNEL);
		assertThat(Projection.of(query(Dimension.LANGUAGE, Map.of(Dimension.CHANNEL, "email"))))
			.isEqualTo(Projection.CHANNEL);
	}

	@Test
	void teamsAgentsAndTranslationNeedTheFullDimensions() {
		assertThat(Projection.of(query(Dimension.TEAM, Map.of()))).isEqualTo(Projection.FULL);
		assertThat(Projection.of(query(Dimension.CHANNEL, Map.of(Dimension.AGENT, "a")))).isEqualTo(Projection.FULL);
		assertThat(Projection.of(query(Dimension.MARKET, Map.of(Dimension.TRANSLATED, "true"))))
			.isEqualTo(Projection.FULL);
	}

	private static ReportQuery query(Dimension groupBy, Map<Dimension, String> filters) {
		return new ReportQuery(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), ZoneId.of("Europe/Berlin"), groupBy,
				filters);
	}

}
