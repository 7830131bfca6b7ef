package dev.meridian.knowledge;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocaleFallbackTests {

	private final LocaleFallback fallback = new LocaleFallback(
			new KnowledgeSettings(Path.of("target/index"), Path.of("/usr/share/dictd"), "en", List.of("en"),
					Map.of("pt-BR", List.of("pt-PT", "en"), "fr-CA", List.of("fr", "en"), "zh-HK", List.of("zh-TW")),
					Map.of("CA", Map.of("fr-CA", List.of("fr-FR", "en"))), true));

	private static Article article(String source, String... locales) {
		Article article = new Article(new LanguageTag(source), null, List.of(), false, Instant.EPOCH);
		for (String locale : locales) {
			article.write(new TranslationDraft(new LanguageTag(locale), "T " + locale, "B", TranslationStatus.PUBLISHED,
					null, null), EditKind.SUBSTANTIVE, Instant.EPOCH);
		}
		return article;
	}

	private String best(Article article, String reader, String market) {
		return this.fallback
			.best(article,
					this.fallback.chain(new LanguageTag(reader), market == null ? null : new CountryCode(market)),
					ArticleTranslation::isPublished)
			.orElseThrow()
			.locale()
			.value();
	}

	@Test
	void brazilianPortugueseFallsBackToEuropeanPortugueseBeforeEnglish() {
		assertThat(best(article("en", "en", "pt-PT"), "pt-BR", null)).isEqualTo("pt-PT");
		assertThat(best(article("en", "en", "pt-BR", "pt-PT"), "pt-BR", null)).isEqualTo("pt-BR");
	}

	@Test
	void canadianFrenchTakesFrenchInAnyRegionThenEnglish() {
		assertThat(best(article("en", "en", "fr-FR"), "fr-CA", null)).isEqualTo("fr-FR");
		assertThat(best(article("de", "de", "en"), "fr-CA", null)).isEqualTo("en");
	}

	@Test
	void marketChainsComeFirst() {
		assertThat(this.fallback.chain(new LanguageTag("fr-CA"), new CountryCode("CA")).get(1).value())
			.isEqualTo("fr-FR");
	}

	@Test
	void hongKongChineseFallsBackToTraditionalChinese() {
		assertThat(best(article("en", "en", "zh-TW", "zh-CN"), "zh-HK", null)).isEqualTo("zh-TW");
	}

	@Test
	void unknownLanguagesGetTheSource() {
		assertThat(best(article("de", "de", "en"), "fi", null)).isEqualTo("de");
	}

	@Test
	void unreadableLocalesBecomeTheDefaultInsteadOfAnError() {
		assertThat(this.fallback.readable("xx-!!").value()).isEqualTo("en");
		assertThat(this.fallback.readable("klingon").value()).isEqualTo("en");
		assertThat(this.fallback.readable(null).value()).isEqualTo("en");
		assertThat(this.fallback.readable("pt_br").value()).isEqualTo("pt-BR");
	}

	@Test
	void minorSourceEditsKeepTranslationsCurrentAndSubstantiveOnesDoNot() {
		Article article = article("en", "en", "de");
		ArticleTranslation german = article.translation(new LanguageTag("de")).orElseThrow();
		article.write(
				new TranslationDraft(new LanguageTag("en"), "T en", "B.", TranslationStatus.PUBLISHED, null, null),
				EditKind.MINOR, Instant.EPOCH);
		assertThat(german.isOutdated()).isFalse();
		article.write(
				new TranslationDraft(new LanguageTag("en"), "T en", "Other", TranslationStatus.PUBLISHED, null, null),
				EditKind.SUBSTANTIVE, Instant.EPOCH);
		assertThat(german.isOutdated()).isTrue();
		article.write(
				new TranslationDraft(new LanguageTag("de"), "T de", "Andere", TranslationStatus.PUBLISHED, null, null),
				EditKind.SUBSTANTIVE, Instant.EPOCH);
		assertThat(german.isOutdated()).isFalse();
	}

	@Test
	void slugsKeepLettersOfEveryScript() {
		assertThat(Slugs.of(null, "Zoll & Gebühren!")).isEqualTo("zoll-gebühren");
		assertThat(Slugs.of(null, "تتبع الطلب")).isEqualTo("تتبع-الطلب");
		assertThat(Slugs.of("Custom Slug", "ignored")).isEqualTo("custom-slug");
	}

}
