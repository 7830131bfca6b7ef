package dev.meridian.feedback.surveys;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import dev.meridian.feedback.SurveyKind;
import dev.meridian.feedback.SurveyScale;
import dev.meridian.markets.LanguageTag;
import dev.meridian.web.WorkspaceLanguages;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Surveys are written in every language a customer of the workspace or of the demo may
 * prefer: a language the bundle has but {@link SurveyTexts#LANGUAGES} forgets is asked in
 * English all the same.
 */
class SurveyTextsTests {

	private final SurveyTexts texts = new SurveyTexts();

	@Test
	void everyWorkspaceAndDemoCustomerLanguageIsOneSurveysAreWrittenIn() {
		Set<String> languages = new TreeSet<>();
		WorkspaceLanguages.ALL.forEach(language -> languages.add(language.getLanguage()));
		JsonNode demo = JsonMapper.builder()
			.build()
			.readTree(Path.of("src/main/resources/demo/demo-data.json").toFile());
		demo.get("customers")
			.forEach(customer -> languages
				.add(Locale.forLanguageTag(customer.get("language").asString()).getLanguage()));

		assertThat(languages).contains("ko", "hu");
		assertThat(SurveyTexts.LANGUAGES).containsAll(languages);
		for (String language : languages) {
			assertThat(SurveyTexts.languageFor(new LanguageTag(language))).isEqualTo(language);
		}
	}

	@Test
	void aKoreanCustomersSurveyMailIsInKorean() {
		Survey survey = survey("ko", SurveyScale.FIVE);
		SurveyTexts.Mail mail = this.texts.survey(survey, "김지은", "주문 변경", "https://help.example/feedback/t");

		assertThat(mail.subject()).isEqualTo("저희 상담은 어떠셨나요?");
		assertThat(mail.body()).contains("김지은 님, 안녕하세요.", "“주문 변경” 문의에 대해 받으신 도움에 얼마나 만족하셨나요?",
				"매우 만족: https://help.example/feedback/t?rating=5", "까지 응답하실 수 있습니다.");
	}

	@Test
	void aHungarianCustomersSurveyMailIsInHungarianAndFormal() {
		Survey survey = survey("hu", SurveyScale.NPS);
		SurveyTexts.Mail mail = this.texts.survey(survey, "Kovács Zsófia", null, "https://help.example/feedback/t");

		assertThat(mail.subject()).isEqualTo("Egyetlen rövid kérdés");
		assertThat(mail.body()).contains("Kedves Kovács Zsófia!",
				"Mennyire valószínű, hogy ajánlana minket egy barátjának vagy kollégájának?",
				"10 – rendkívül valószínű: https://help.example/feedback/t?rating=10");
		assertThat(this.texts.loop("hu", "Kovács Zsófia", "Gyorsabb szállítás").body()).contains("Meghallgattuk Önt",
				"Gyorsabb szállítás");
	}

	private static Survey survey(String language, SurveyScale scale) {
		return new Survey(UUID.randomUUID(), scale == SurveyScale.NPS ? SurveyKind.NPS : SurveyKind.CSAT, scale,
				UUID.randomUUID(), null, UUID.randomUUID(), language, null, "Asia/Seoul", "email", null, null, false,
				"scheduled", null, null, Instant.parse("2026-12-01T00:00:00Z"), null,
				Instant.parse("2026-12-29T00:00:00Z"), 0);
	}

}
