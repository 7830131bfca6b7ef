package dev.meridian.web.api;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walker behind {@code ApiLanguageCrawlIntegrationTests}: it must find each kind of
 * gap, so the crawl can fail, and must pass what is well said.
 */
class LocalityCheckTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static JsonNode json(String text) {
		return JSON.readTree(text);
	}

	private static java.util.List<String> findings(String text) {
		return LocalityCheck.findings(json(text)).stream().map(LocalityCheck.Finding::toString).toList();
	}

	@Test
	void flagsATextWithoutItsLanguage() {
		assertThat(findings("""
				{"items": [{"id": "a1", "title": "Rückgabe in 30 Tagen", "updatedAt": "2026-11-22T12:06:56Z"}]}
				""")).containsExactly("/items/0/title is a text without its language (Rückgabe in 30 Tagen)");
	}

	@Test
	void flagsATimestampWithoutZoneOrOffset() {
		assertThat(findings("""
				{"createdAt": "2026-11-22T12:06:56.712", "dueAt": "2026-11-22 08:00", "solvedAt": "2026-11-22T12:06Z"}
				""")).containsExactly("/createdAt is a time without zone or offset (2026-11-22T12:06:56.712)",
				"/dueAt is a time without zone or offset (2026-11-22 08:00)");
	}

	@Test
	void flagsAnAmountWithoutItsCurrency() {
		assertThat(findings("""
				{"refund": {"amount": "30.00"}, "totals": {"goods": {"amount": 12.5}}, "shippingAmount": 4.9,
				 "price": {"amount": {"value": "3.00"}}}
				""")).containsExactly("/refund/amount is an amount without its currency (\"30.00\")",
				"/totals/goods/amount is an amount without its currency (12.5)",
				"/shippingAmount is an amount without its currency (4.9)",
				"/price/amount is an amount without its currency ({\"value\":\"3.00\"})");
	}

	@Test
	void passesTextsTimesAndAmountsThatSayWhatTheyAre() {
		assertThat(findings(
				"""
						{"language": "ja", "subject": "荷物", "messages": [{"body": "まだです", "language": "ja", "createdAt": "2026-11-22T12:06:56+09:00"}],
						 "article": {"title": "Returns", "titleLocale": "en", "summary": "Within 30 days", "summaryLanguage": "en"},
						 "refund": {"amount": {"amount": "30.00", "currency": "USD"}},
						 "total": {"amount": "12.00", "currency": "EUR"},
						 "shippingAmount": "4.90", "shippingCurrency": "EUR",
						 "shift": {"startsAt": "2026-12-24T09:00", "timeZone": "Europe/Berlin"},
						 "holiday": {"date": "2026-12-25", "name": "Christmas Day"},
						 "zoned": "2026-12-24T09:00:00+01:00[Europe/Berlin]", "compact": "2026-12-24T09:00:00+0100",
						 "emptyTitle": {"title": ""}, "noTitle": {"title": null}}
						"""))
			.isEmpty();
	}

	@Test
	void aLanguageMustStandBesideItsTextNotAbove() {
		// Above, "locale" is the locale missing a translation; the title is the source's.
		assertThat(findings("""
				{"locale": "de", "missing": [{"articleId": "a1", "title": "Shipping"}]}
				""")).containsExactly("/missing/0/title is a text without its language (Shipping)");
		assertThat(findings("""
				{"title": "Versand", "language": null, "body": "Mit DHL", "locale": ""}
				""")).containsExactly("/title is a text without its language (Versand)",
				"/body is a text without its language (Mit DHL)");
	}

	@Test
	void namesMembersWithSlashesAsJsonPointersDo() {
		assertThat(findings("""
				{"a/b": {"text": "x"}}
				""")).containsExactly("/a~1b/text is a text without its language (x)");
	}

}
