package dev.meridian.knowledge.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shop thesaurus as search reads it. */
class ShopSynonymsTests {

	private final ShopSynonyms synonyms = new ShopSynonyms();

	@Test
	void aShoppersWordsGainTheWordsArticlesUse() {
		assertThat(this.synonyms.related("the lamp came smashed", "en").split(" ")).contains("damaged");
		assertThat(this.synonyms.related("can I get my money back?", "en").split(" ")).contains("refund");
	}

	@Test
	void theLongestTermWinsAndInflectedFormsMatch() {
		// "send back" is a return; "send" alone would be shipping
		assertThat(this.synonyms.related("how do I send back a jacket", "en").split(" ")).contains("return")
			.doesNotContain("ship");
		assertThat(this.synonyms.related("sending it back", "en").split(" ")).contains("return");
	}

	@Test
	void wordsAlreadyInTheQueryAreNotRepeated() {
		assertThat(this.synonyms.related("broken and damaged", "en").split(" ")).doesNotContain("damaged")
			.contains("faulty");
	}

	@Test
	void languagesWithoutAThesaurusGainNothing() {
		assertThat(this.synonyms.related("kaputt", "de")).isEmpty();
		assertThat(this.synonyms.related("anything", "xx")).isEmpty();
		assertThat(this.synonyms.related("", "en")).isEmpty();
	}

}
