package dev.meridian.feedback.themes;

import dev.meridian.markets.LanguageTag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThemeLexiconsTests {

	private static final ThemeLexicons LEXICONS = ThemeLexicons.shipped();

	@Test
	void everyLanguageHasEveryTheme() {
		for (String language : ThemeLexicons.LANGUAGES) {
			for (String theme : LEXICONS.themes()) {
				// Each lexicon names each theme: a comment is grouped the same way in any
				// language.
				assertThat(LEXICONS.covers(language, theme)).as("%s in %s", theme, language).isTrue();
			}
		}
		assertThat(LEXICONS.themes()).containsExactlyInAnyOrder("delivery", "slow_reply", "refund", "product_quality",
				"unfriendly", "language", "website", "price");
	}

	@Test
	void findsThemesInEachLanguage() {
		assertThat(themes("en", "The parcel was delivered two weeks late and nobody answered my emails"))
			.contains("delivery");
		assertThat(themes("de", "Die Paketlieferung kam viel zu spät und der Support war unfreundlich"))
			.containsExactly("delivery", "unfriendly");
		assertThat(themes("es", "El envío llegó roto y todavía espero el reembolso")).contains("delivery", "refund",
				"product_quality");
		assertThat(themes("fr", "La livraison a pris trois semaines, et le remboursement ?")).contains("delivery",
				"refund");
		assertThat(themes("pt", "A encomenda nunca chegou e a resposta demorou muito")).contains("delivery",
				"slow_reply");
		assertThat(themes("ja", "配送が遅すぎて、返事もありませんでした。")).containsExactlyInAnyOrder("delivery", "slow_reply");
		assertThat(themes("ko", "배송이 일주일이나 걸렸고 답변도 너무 느렸어요.")).containsExactlyInAnyOrder("delivery", "slow_reply");
		assertThat(themes("ko", "택배가 오지 않았는데 상담원이 불친절했어요")).containsExactlyInAnyOrder("delivery", "unfriendly");
		assertThat(themes("hu", "A csomag két hét késéssel érkezett, és senki nem válaszolt a leveleimre"))
			.containsExactlyInAnyOrder("delivery", "slow_reply");
		assertThat(themes("hu", "Udvariatlan volt az ügyintéző, és még mindig várom a visszatérítést"))
			.containsExactlyInAnyOrder("unfriendly", "refund");
	}

	@Test
	void koreanKeywordsMatchInsideCompoundsAndWholeSyllablesOnly() {
		// Korean glues nouns ("배송지연"); a keyword is matched by syllables, so "느리"
		// (slow) is not found in "늦" spelled out letter by letter.
		assertThat(themes("ko", "배송지연이 심했습니다")).containsExactly("delivery");
		assertThat(ThemeLexicons.normalize("늦었어요", "ko")).isEqualTo("늦었어요");
	}

	@Test
	void accentsAndCaseDoNotMatterInLatinScripts() {
		assertThat(themes("fr", "LIVRAISON ratée")).contains("delivery");
		assertThat(themes("es", "el envio llego tarde")).contains("delivery");
		assertThat(themes("es", "El ENVÍO llegó tarde")).contains("delivery");
	}

	@Test
	void keywordsMatchAtTheStartOfAWordOnly() {
		// "price" must not be found inside "surprise"; "site" not inside "requisite".
		assertThat(themes("en", "What a nice surprise, a requisite for me")).isEmpty();
		assertThat(themes("en", "Great prices")).containsExactly("price");
	}

	@Test
	void aLanguageWithoutALexiconIsReadWithTheEnglishOne() {
		assertThat(themes("it", "The delivery was late")).contains("delivery");
		assertThat(LEXICONS.themesOf("slow delivery", null)).contains("delivery", "slow_reply");
	}

	@Test
	void praiseFindsNoTheme() {
		assertThat(themes("en", "Thank you, great help!")).isEmpty();
		assertThat(themes("ja", "丁寧に対応していただき、ありがとうございました。")).isEmpty();
		assertThat(themes("ko", "친절하게 도와주셔서 감사합니다.")).isEmpty();
		// "aranyos" (lovely) must not be read as a price ("ár").
		assertThat(themes("hu", "Nagyon aranyos és segítőkész volt, köszönöm!")).isEmpty();
	}

	private static java.util.Set<String> themes(String language, String comment) {
		return LEXICONS.themesOf(comment, new LanguageTag(language));
	}

}
