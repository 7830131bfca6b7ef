package dev.meridian.knowledge;

import dev.meridian.knowledge.internal.DictionaryQueryTranslation;
import dev.meridian.support.Api;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The knowledge API through HTTP: articles, translations and their freshness, search in
 * every language, and bad input.
 */
@IntegrationTest
class KnowledgeApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DictionaryQueryTranslation dictionaries;

	private String unique() {
		return Long.toString(System.nanoTime(), 36);
	}

	private String create(Api api, String json) {
		Api.Response response = api.post("/api/v1/knowledge/articles", json);
		assertThat(response.status()).as(response.text()).isEqualTo(201);
		assertThat(response.json().size()).isEqualTo(1);
		return response.json().get("id").asString();
	}

	@Test
	void createsAnArticleAndFindsItByItsOwnWords() {
		Api api = Api.on(this.port);
		String u = unique();
		String id = create(api,
				"""
						{"sourceLocale":"en","translations":[
						 {"locale":"en","title":"Tracking parcel %s","body":"Follow your parcel with the tracking number from the shipping email.","status":"published"}]}
						"""
					.formatted(u));
		JsonNode results = api.get("/api/v1/knowledge/search?q=tracking+%s&locale=en&limit=5".formatted(u))
			.json()
			.get("results");
		assertThat(results.size()).isGreaterThanOrEqualTo(1);
		JsonNode first = results.get(0);
		assertThat(first.get("articleId").asString()).isEqualTo(id);
		assertThat(first.get("locale").asString()).isEqualTo("en");
		assertThat(first.get("title").asString()).isEqualTo("Tracking parcel " + u);
		assertThat(first.get("snippet").asString()).contains("<mark>");
		assertThat(first.get("score").asDouble()).isPositive();
		assertThat(first.get("crossLanguage").asBoolean()).isFalse();
	}

	@Test
	void toleratesATypo() {
		Api api = Api.on(this.port);
		String u = unique();
		String id = create(api,
				"""
						{"sourceLocale":"en","translations":[
						 {"locale":"en","title":"Refunds %s","body":"Refunds reach your card within ten business days.","status":"published"}]}
						"""
					.formatted(u));
		JsonNode results = api.get("/api/v1/knowledge/search?q=refnds+%s&locale=en".formatted(u)).json().get("results");
		assertThat(results.findValuesAsString("articleId")).contains(id);
	}

	@Test
	void findsAnArticleByTheWordsAShopperUsesForItsOwn() {
		Api api = Api.on(this.port);
		String u = unique();
		String id = create(api,
				"""
						{"sourceLocale":"en","translations":[
						 {"locale":"en","title":"Damaged items %s","body":"If your item arrived damaged or faulty, send us a photo.","status":"published"}]}
						"""
					.formatted(u));
		// Not one of the article's words: "smashed" is damaged in the shop thesaurus.
		JsonNode results = api.get("/api/v1/knowledge/search?q=my+lamp+came+smashed&locale=en&limit=50")
			.json()
			.get("results");
		assertThat(results.findValuesAsString("articleId")).contains(id);
	}

	@Test
	void splitsGermanCompounds() {
		Api api = Api.on(this.port);
		String u = unique();
		String id = create(api,
				"""
						{"sourceLocale":"de","translations":[
						 {"locale":"de","title":"Zoll und Gebühren %s","body":"Bei Sendungen in die Schweiz fallen Abgaben an, die der Zoll erhebt.","status":"published"}]}
						"""
					.formatted(u));
		JsonNode results = api.get("/api/v1/knowledge/search?q=Zollgebühren&locale=de&limit=20").json().get("results");
		assertThat(results.findValuesAsString("articleId")).contains(id);
	}

	@Test
	void findsAnArticleThatExistsOnlyInAnotherLanguage() {
		// Debian's dict-freedict-* packages are required: without them this fails, never
		// skips.
		assertThat(this.dictionaries.installed()).contains("deu", "fra", "spa", "por");
		assertThat(this.dictionaries.awaitLoaded(java.time.Duration.ofMinutes(5))).isTrue();
		Api api = Api.on(this.port);
		String u = unique();
		String id = create(api,
				"""
						{"sourceLocale":"en","translations":[
						 {"locale":"en","title":"Customs duties %s","body":"Customs duties are charged by the destination country.","status":"published"}]}
						"""
					.formatted(u));
		JsonNode results = api.get("/api/v1/knowledge/search?q=Zoll+%s&locale=de&limit=20".formatted(u))
			.json()
			.get("results");
		JsonNode hit = null;
		for (JsonNode result : results) {
			if (result.get("articleId").asString().equals(id)) {
				hit = result;
			}
		}
		assertThat(hit).as(results.toString()).isNotNull();
		assertThat(hit.get("crossLanguage").asBoolean()).isTrue();
		assertThat(hit.get("inLocale").asBoolean()).isFalse();
	}

	@Test
	void searchesALanguageAsSoonAsItsFirstArticleIsPublished() {
		// Queries are read only in the languages with published text (no other test
		// writes Swedish): a search before the first Swedish article must not leave
		// Swedish out of the next one.
		Api api = Api.on(this.port);
		String code = "QX" + unique().toUpperCase(java.util.Locale.ROOT);
		String path = "/api/v1/knowledge/search?q=%s&locale=en&limit=20".formatted(code);
		assertThat(api.get(path).json().get("results").size()).isZero();
		String id = create(api,
				"""
						{"sourceLocale":"sv","translations":[
						 {"locale":"sv","title":"Returetikett","body":"Skriv ut returetiketten %s och fäst den på paketet.","status":"published"}]}
						"""
					.formatted(code));
		JsonNode results = api.get(path).json().get("results");
		assertThat(results.findValuesAsString("articleId")).as(results.toString()).containsExactly(id);
		assertThat(results.get(0).get("crossLanguage").asBoolean()).isTrue();
	}

	@Test
	void substantiveSourceEditOutdatesTranslationsButMinorDoesNot() {
		Api api = Api.on(this.port);
		String u = unique();
		String id = create(api, """
				{"sourceLocale":"en","translations":[
				 {"locale":"en","title":"Returns %s","body":"Return within 30 days.","status":"published"},
				 {"locale":"fr","title":"Retours %s","body":"Retour sous 30 jours.","status":"published"}]}
				""".formatted(u, u));
		assertThat(api.put("/api/v1/knowledge/articles/" + id + "/translations/en", """
				{"title":"Returns %s","body":"Return within 30 days .","status":"published","edit":"minor"}
				""".formatted(u)).status()).isEqualTo(200);
		assertThat(french(api, id).get("outdated").asBoolean()).isFalse();
		assertThat(api.put("/api/v1/knowledge/articles/" + id + "/translations/en", """
				{"title":"Returns %s","body":"Return within 14 days.","status":"published","edit":"substantive"}
				""".formatted(u)).status()).isEqualTo(200);
		assertThat(french(api, id).get("outdated").asBoolean()).isTrue();
		assertThat(api.get("/api/v1/knowledge/freshness").text()).contains(id);
		api.put("/api/v1/knowledge/articles/" + id + "/translations/fr", """
				{"title":"Retours %s","body":"Retour sous 14 jours.","status":"published"}
				""".formatted(u));
		assertThat(french(api, id).get("outdated").asBoolean()).isFalse();
	}

	private static JsonNode french(Api api, String id) {
		for (JsonNode translation : api.get("/api/v1/knowledge/articles/" + id).json().get("translations")) {
			if (translation.get("locale").asString().equals("fr")) {
				return translation;
			}
		}
		throw new AssertionError("no French translation");
	}

	@Test
	void sanitizesHtmlInArticles() {
		Api api = Api.on(this.port);
		String id = create(api, """
				{"sourceLocale":"en","translations":[
				 {"locale":"en","title":"Safe %s","body":"Hello <script>alert(1)</script> **bold**","status":"draft"}]}
				""".formatted(unique()));
		String html = api.get("/api/v1/knowledge/articles/" + id)
			.json()
			.get("translations")
			.get(0)
			.get("html")
			.asString();
		assertThat(html).doesNotContain("<script").contains("<strong>bold</strong>");
	}

	@Test
	void rejectsTakenSlugsBadLocalesAndEmptyOrHugeQueries() {
		Api api = Api.on(this.port);
		String u = unique();
		create(api, """
				{"sourceLocale":"en","translations":[{"locale":"en","title":"Slug %s","body":"x","status":"draft"}]}
				""".formatted(u));
		Api.Response taken = api.post("/api/v1/knowledge/articles", """
				{"sourceLocale":"en","translations":[{"locale":"en","title":"Slug %s","body":"y","status":"draft"}]}
				""".formatted(u));
		assertThat(taken.status()).isEqualTo(409);
		Api.Response badLocale = api.post("/api/v1/knowledge/articles", """
				{"sourceLocale":"xx-??","translations":[{"locale":"en","title":"t","body":"b"}]}
				""");
		assertThat(badLocale.status()).isEqualTo(400);
		assertThat(badLocale.contentType()).contains("problem+json");
		assertThat(badLocale.text()).contains("sourceLocale");
		Api.Response empty = api.get("/api/v1/knowledge/search?q=+&locale=en");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.text()).contains("\"q\"");
		Api.Response huge = api.get("/api/v1/knowledge/search?q=" + "a".repeat(600));
		assertThat(huge.status()).isEqualTo(400);
		assertThat(huge.text()).contains("at most");
	}

	@Test
	void rebuildsTheIndexFromTheDatabase() {
		Api api = Api.on(this.port);
		String u = unique();
		String id = create(api, """
				{"sourceLocale":"en","translations":[
				 {"locale":"en","title":"Gift cards %s","body":"Gift cards never expire.","status":"published"}]}
				""".formatted(u));
		Api.Response rebuilt = api.post("/api/v1/knowledge/reindex", "");
		assertThat(rebuilt.status()).as(rebuilt.text()).isEqualTo(200);
		assertThat(rebuilt.json().get("documents").get("ArticleTranslation").asLong()).isPositive();
		JsonNode results = api.get("/api/v1/knowledge/search?q=gift+%s&locale=en".formatted(u)).json().get("results");
		assertThat(results.findValuesAsString("articleId")).contains(id);
	}

}
