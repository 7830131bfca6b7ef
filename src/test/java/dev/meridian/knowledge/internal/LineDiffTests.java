package dev.meridian.knowledge.internal;

import java.util.List;

import dev.meridian.knowledge.internal.LineDiff.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineDiffTests {

	@Test
	void marksChangedLinesAsRemovedAndAdded() {
		List<LineDiff.Line> diff = LineDiff.of("a\nb\nc", "a\nB\nc\nd");
		assertThat(diff).containsExactly(new LineDiff.Line(Kind.SAME, "a"), new LineDiff.Line(Kind.REMOVED, "b"),
				new LineDiff.Line(Kind.ADDED, "B"), new LineDiff.Line(Kind.SAME, "c"),
				new LineDiff.Line(Kind.ADDED, "d"));
	}

	@Test
	void readsTheSensesOfADictdEntry() {
		assertThat(DictionaryQueryTranslation.senses("""
				 [adm.]  [fin.] customs duty <n>, duty <n>, customs tariff <n>, tariff <n>
				         Note: on the import/export of goods
				      "den Zoll abwickeln"  - clear customs
				""")).containsExactly("customs duty", "duty", "customs tariff");
	}

}
