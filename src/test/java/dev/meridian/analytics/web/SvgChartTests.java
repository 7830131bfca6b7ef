package dev.meridian.analytics.web;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SvgChartTests {

	@Test
	void linesCarryEveryPointsValueAndSkipGaps() {
		String svg = new SvgChart("caption", SvgChart.Kind.LINE, List.of("1 Jun", "2 Jun", "3 Jun"),
				List.of("2026-06-01", "2026-06-02", "2026-06-03"),
				List.of(new SvgChart.Series("created", "Created", "created", Arrays.asList(3.0, null, 7.0))), null,
				v -> Long.toString(Math.round(v)))
			.render();

		assertThat(svg).startsWith("<svg").contains("role=\"img\"").contains("aria-labelledby=\"caption\"");
		assertThat(svg).contains("data-series=\"created\" data-x=\"2026-06-01\" data-value=\"3\"")
			.contains("data-series=\"created\" data-x=\"2026-06-03\" data-value=\"7\"")
			.doesNotContain("data-x=\"2026-06-02\"");
		// the line breaks at the gap: two moves, no line across it
		assertThat(svg).containsPattern("d=\"M[0-9. ]+ M[0-9. ]+\"");
		// a round top of the axis above the largest value
		assertThat(svg).contains(">8</text>");
	}

	@Test
	void barsOfSharesUseTheGivenTopAndFourDecimals() {
		String svg = new SvgChart("c", SvgChart.Kind.BAR, List.of("a"), List.of("2026-06-01"),
				List.of(new SvgChart.Series("satisfied", "Satisfied", "satisfied", List.of(2.0 / 3))), 1.0,
				v -> Math.round(v * 100) + " %")
			.render();

		assertThat(svg).contains("<rect").contains("data-value=\"0.6667\"").contains(">100 %</text>");
	}

	@Test
	void labelsAreEscaped() {
		String svg = new SvgChart("c\"><script>", SvgChart.Kind.BAR, List.of("<b>&"), List.of("x"),
				List.of(new SvgChart.Series("s", "S", "s", List.of(1.0))), null, v -> "1")
			.render();

		assertThat(svg).doesNotContain("<script>").doesNotContain("<b>").contains("&lt;b&gt;&amp;");
	}

	@Test
	void aSeriesMustHaveAValueForEveryPoint() {
		assertThatThrownBy(() -> new SvgChart("c", SvgChart.Kind.LINE, List.of("a", "b"), List.of("a", "b"),
				List.of(new SvgChart.Series("s", "S", "s", List.of(1.0))), null, v -> ""))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
