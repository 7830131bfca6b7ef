package dev.meridian.tickets.reviews;

import java.time.LocalDate;
import java.time.ZoneId;

import dev.meridian.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rubric's scores and the ISO weeks the sample is drawn for. */
class ReviewRubricTests {

	@Test
	void scoresAreFromOneToFiveAndTheOverallIsTheirMean() {
		Scores scores = new Scores(5, 4, 3, 4, 5);
		assertThat(scores.overall()).isEqualTo(4.2);
		assertThat(scores.of(Criterion.CULTURALLY_APPROPRIATE)).isEqualTo(4);
		assertThatThrownBy(() -> new Scores(0, 4, 3, 4, 5)).isInstanceOf(InvalidValueException.class)
			.extracting(ex -> ((InvalidValueException) ex).field())
			.isEqualTo("scores.correct");
		assertThatThrownBy(() -> new Scores(5, 4, 3, 4, 6)).isInstanceOf(InvalidValueException.class)
			.extracting(ex -> ((InvalidValueException) ex).field())
			.isEqualTo("scores.followedPlaybook");
	}

	@Test
	void aWeekRunsFromMondayToMondayInTheZone() {
		ReviewWeek week = ReviewWeek.parse("week", "2026-W01");
		assertThat(week.monday()).isEqualTo(LocalDate.of(2025, 12, 29));
		assertThat(ReviewWeek.of(LocalDate.of(2026, 12, 6))).hasToString("2026-W49");
		assertThat(ReviewWeek.parse("week", "2026-W49").start(ZoneId.of("Asia/Tokyo")))
			.hasToString("2026-11-29T15:00:00Z");
		assertThat(ReviewWeek.parse("week", "2026-W53").monday()).isEqualTo(LocalDate.of(2026, 12, 28));
		assertThatThrownBy(() -> ReviewWeek.parse("week", "2025-W53")).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> ReviewWeek.parse("week", "2026-12")).isInstanceOf(InvalidValueException.class);
	}

}
