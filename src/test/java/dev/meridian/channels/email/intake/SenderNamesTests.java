package dev.meridian.channels.email.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Display names split by their script, or kept whole when a split would be a guess.
 */
class SenderNamesTests {

	@Test
	void chineseAndKoreanNamesAreFamilyNameFirstWithoutASpace() {
		assertThat(SenderNames.of("王小明")).isEqualTo(new SenderNames("小明", "王", null));
		assertThat(SenderNames.of("欧阳娜娜")).isEqualTo(new SenderNames("娜娜", "欧阳", null));
		assertThat(SenderNames.of("김민준")).isEqualTo(new SenderNames("민준", "김", null));
		assertThat(SenderNames.of("남궁민수")).isEqualTo(new SenderNames("민수", "남궁", null));
	}

	@Test
	void japaneseNamesSplitOnlyOnASpace() {
		assertThat(SenderNames.of("山田 太郎")).isEqualTo(new SenderNames("太郎", "山田", null));
		assertThat(SenderNames.of("山田太郎")).isEqualTo(new SenderNames(null, null, "山田太郎"));
		assertThat(SenderNames.of("やまだ たろう")).isEqualTo(new SenderNames("たろう", "やまだ", null));
	}

	@Test
	void westernNamesSplitOnTheLastSpaceOrAComma() {
		assertThat(SenderNames.of("Maria da Silva")).isEqualTo(new SenderNames("Maria da", "Silva", null));
		assertThat(SenderNames.of("Müller, Jürgen")).isEqualTo(new SenderNames("Jürgen", "Müller", null));
		assertThat(SenderNames.of("Иван Петров")).isEqualTo(new SenderNames("Иван", "Петров", null));
	}

	@Test
	void whatCannotBeSplitStaysWhole() {
		assertThat(SenderNames.of("Support Team (EU)")).isEqualTo(new SenderNames(null, null, "Support Team (EU)"));
		assertThat(SenderNames.of("أحمد علي")).isEqualTo(new SenderNames(null, null, "أحمد علي"));
		assertThat(SenderNames.of("Madonna")).isEqualTo(new SenderNames(null, null, "Madonna"));
		assertThat(SenderNames.of(null)).isEqualTo(new SenderNames(null, null, null));
	}

}
