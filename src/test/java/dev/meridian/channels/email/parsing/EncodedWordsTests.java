package dev.meridian.channels.email.parsing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Encoded words as mail programs really write them.
 */
class EncodedWordsTests {

	@Test
	void decodesWordsAndDropsTheBlankBetweenAdjacentOnes() {
		assertThat(EncodedWords.decode("=?UTF-8?Q?Caf=C3=A9?= =?UTF-8?Q?_cr=C3=A8me?= today"))
			.isEqualTo("Café crème today");
	}

	@Test
	void joinsACharacterSplitAcrossTwoWords() {
		// "日" is E6 97 A5: the first word ends after E6 97.
		assertThat(EncodedWords.decode("=?UTF-8?B?5pc=?= =?UTF-8?B?pQ==?=")).isEqualTo("日");
	}

	@Test
	void readsWordsWithoutBlanksAroundThemAndWithALanguage() {
		assertThat(EncodedWords.decode("Re:=?utf-8*de?Q?Gr=C3=BC=C3=9Fe?=!")).isEqualTo("Re:Grüße!");
	}

	@Test
	void keepsBrokenWordsReadable() {
		assertThat(EncodedWords.decode("=?utf-8?B?###?= ok")).isEqualTo(" ok");
		assertThat(EncodedWords.decode("=?utf-8?X?abc?=")).isEqualTo("=?utf-8?X?abc?=");
		assertThat(EncodedWords.decode("=?utf-8?Q?unterminated")).isEqualTo("=?utf-8?Q?unterminated");
	}

	@Test
	void readsRawUtf8HeaderBytesReceivedAsLatin1() {
		String received = new String("Ärende".getBytes(java.nio.charset.StandardCharsets.UTF_8),
				java.nio.charset.StandardCharsets.ISO_8859_1);

		assertThat(EncodedWords.decode(received)).isEqualTo("Ärende");
	}

	@Test
	void unfoldsFoldedHeaders() {
		assertThat(EncodedWords.decode("a long\r\n subject")).isEqualTo("a long subject");
	}

}
