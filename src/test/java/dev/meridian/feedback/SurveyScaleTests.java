package dev.meridian.feedback;

import dev.meridian.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SurveyScaleTests {

	@Test
	void threeWordsAreFiveThreeAndOne() {
		assertThat(SurveyScale.THREE.score("good")).isEqualTo(5);
		assertThat(SurveyScale.THREE.score("Okay")).isEqualTo(3);
		assertThat(SurveyScale.THREE.score("bad")).isEqualTo(1);
		assertThat(SurveyScale.THREE.low(1)).isTrue();
		assertThat(SurveyScale.THREE.satisfied(5)).isTrue();
		assertThat(SurveyScale.THREE.choiceOf(1)).isEqualTo("bad");
	}

	@Test
	void theWordsAreUnderstoodOnTheFivePointScaleToo() {
		assertThat(SurveyScale.FIVE.score("bad")).isEqualTo(1);
		assertThat(SurveyScale.FIVE.score("good")).isEqualTo(5);
		assertThat(SurveyScale.THREE.score(5)).isEqualTo(5);
	}

	@Test
	void ratingsOffTheScaleAreRefusedNamingTheField() {
		for (Object rating : new Object[] { 0, 6, "7", "great", -1, 3.5, "" }) {
			assertThatThrownBy(() -> SurveyScale.FIVE.score(rating)).isInstanceOf(InvalidValueException.class)
				.extracting(ex -> ((InvalidValueException) ex).field())
				.isEqualTo("rating");
		}
		assertThatThrownBy(() -> SurveyScale.NPS.score(11)).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> SurveyScale.THREE.score(4)).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> SurveyScale.NPS.score("good")).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> SurveyScale.FIVE.score(null)).isInstanceOf(InvalidValueException.class);
	}

	@Test
	void npsGroupsPromotersPassivesAndDetractors() {
		for (int score = 0; score <= 10; score++) {
			assertThat(SurveyScale.NPS.score(score)).isEqualTo(score);
			assertThat(SurveyScale.NPS.satisfied(score)).isEqualTo(score >= 9);
			assertThat(SurveyScale.NPS.low(score)).isEqualTo(score <= 6);
		}
	}

	@Test
	void theLowRatingsAreTheDetractorsOfTheEvent() {
		for (int score = 1; score <= 5; score++) {
			assertThat(SurveyScale.FIVE.low(score)).isEqualTo(score <= 2);
			assertThat(SurveyScale.FIVE.satisfied(score)).isEqualTo(score >= 4);
		}
	}

}
