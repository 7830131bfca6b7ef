package dev.meridian.bot.answers;

import java.util.Set;

import dev.meridian.markets.LanguageTag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The passage the bot quotes: the block or sentences that share most words with the
 * question, never the whole article.
 */
class PassagesTests {

	static final LanguageTag EN = new LanguageTag("en");

	@Test
	void quotesTheParagraphThatAnswers() {
		String html = "<p>Choose a parcel locker at checkout.</p>"
				+ "<p>We refund you within 5 business days after your return arrives.</p>"
				+ "<p>Gift wrapping is available for most items.</p>";
		assertThat(Passages.best(html, EN, ContentWords.of("When do I get my refund?"), 400))
			.isEqualTo("We refund you within 5 business days after your return arrives.");
	}

	@Test
	void quotesOneToThreeSentencesOfALongParagraph() {
		String html = "<p>Orders shipped outside the EU may be charged customs duties by the destination country. "
				+ "For the UK, Switzerland and the US we collect them at checkout. "
				+ "Elsewhere the carrier asks you to pay them before delivery. "
				+ "Our warehouse is in Lisbon. We pack every order by hand. Boxes are recycled cardboard.</p>";
		String passage = Passages.best(html, EN, ContentWords.of("Do I pay customs duties for Switzerland?"), 200);
		assertThat(passage).contains("Switzerland").doesNotContain("Boxes are recycled").hasSizeLessThanOrEqualTo(200);
	}

	@Test
	void readsATableRowWithItsColumnNames() {
		String html = "<table><thead><tr><th>Region</th><th>Standard</th><th>Express</th></tr></thead><tbody>"
				+ "<tr><td>European Union</td><td>3–5 business days</td><td>1–2 business days</td></tr>"
				+ "<tr><td>Japan</td><td>5–8 business days</td><td>2–4 business days</td></tr></tbody></table>";
		assertThat(Passages.best(html, EN, ContentWords.of("How long does delivery to Japan take?"), 400))
			.isEqualTo("Japan — Standard: 5–8 business days; Express: 2–4 business days");
	}

	@Test
	void splitsJapaneseSentences() {
		String html = "<p>発送時に追跡番号をメールでお送りします。最初の表示まで24時間かかることがあります。海外では現地の配送業者が引き継ぎます。返品は30日以内です。ギフト包装もあります。</p>";
		String passage = Passages.best(html, new LanguageTag("ja"), ContentWords.of("追跡番号はいつ届きますか"), 60);
		assertThat(passage).startsWith("発送時に追跡番号").doesNotContain("ギフト");
	}

	@Test
	void quotesTheOpeningWhenNothingMatches() {
		String html = "<p>First paragraph here.</p><p>Second one.</p>";
		assertThat(Passages.best(html, EN, Set.of("zzzzz"), 400)).isEqualTo("First paragraph here.");
	}

	@Test
	void contentWordsLeaveFunctionWordsOutAndCutStems() {
		assertThat(ContentWords.of("How can I return my shoes?")).containsExactly("retur", "shoes");
		assertThat(ContentWords.of("Returning an order")).containsExactly("retur", "order");
		assertThat(ContentWords.of("返金はいつ受け取れますか")).contains("返金").doesNotContain("いつ");
		assertThat(ContentWords.of("30 days")).contains("30");
	}

	@Test
	void confidenceRisesWithCoverageAndMargin() {
		AnswerConfidence weak = AnswerConfidence.of(5, 4.8, 0.3);
		AnswerConfidence clear = AnswerConfidence.of(5, 1, 1.0);
		assertThat(clear.value()).isGreaterThan(weak.value());
		assertThat(AnswerConfidence.of(5, 1, 0.5).value()).isLessThan(AnswerConfidence.of(5, 1, 0.9).value());
		assertThat(AnswerConfidence.of(5, 4, 0.8).value()).isLessThan(AnswerConfidence.of(5, 0, 0.8).value());
		assertThat(AnswerConfidence.of(0, 0, 0).value()).isBetween(0.0, 0.1);
	}

}
