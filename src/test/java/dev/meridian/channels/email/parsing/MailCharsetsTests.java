package dev.meridian.channels.email.parsing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Labels are hints: the text comes out right for the mislabelled charsets mail programs
 * really send, and nothing throws for a label nobody knows.
 */
class MailCharsetsTests {

	@Test
	void gb2312LabelReadsGbkCharacters() {
		byte[] bytes = "王喆".getBytes(Charset.forName("GBK"));

		assertThat(MailCharsets.decode(bytes, "gb2312")).isEqualTo("王喆");
	}

	@Test
	void ksC5601LabelReadsKorean() {
		byte[] bytes = "환불 요청".getBytes(Charset.forName("x-windows-949"));

		assertThat(MailCharsets.decode(bytes, "ks_c_5601-1987")).isEqualTo("환불 요청");
	}

	@Test
	void shiftJisLabelReadsMicrosoftExtensions() {
		byte[] bytes = "①番".getBytes(Charset.forName("windows-31j"));

		assertThat(MailCharsets.decode(bytes, "Shift_JIS")).isEqualTo("①番");
	}

	@Test
	void latin1LabelReadsWindows1252Punctuation() {
		byte[] bytes = "“€” – ok".getBytes(Charset.forName("windows-1252"));

		assertThat(MailCharsets.decode(bytes, "iso-8859-1")).isEqualTo("“€” – ok");
	}

	@Test
	void visualHebrewLabelReadsHebrew() {
		byte[] bytes = "שלום".getBytes(Charset.forName("ISO-8859-8"));

		assertThat(MailCharsets.decode(bytes, "iso-8859-8-i")).isEqualTo("שלום");
	}

	@Test
	void utf7IsDecodedByHand() {
		assertThat(MailCharsets.decode("Gr+APw-+AN8-e 1+-1".getBytes(StandardCharsets.US_ASCII), "unicode-1-1-utf-7"))
			.isEqualTo("Grüße 1+1");
		assertThat(MailCharsets.decode("Hi +ZeVnLIqe-".getBytes(StandardCharsets.US_ASCII), "utf-7"))
			.isEqualTo("Hi 日本語");
	}

	@Test
	void utf8BytesWinOverAWrongLabel() {
		assertThat(MailCharsets.decode("Ärger".getBytes(StandardCharsets.UTF_8), "us-ascii")).isEqualTo("Ärger");
		assertThat(MailCharsets.decode("Ärger".getBytes(StandardCharsets.UTF_8), "iso-2022-jp")).isEqualTo("Ärger");
	}

	@Test
	void unknownOrMissingLabelsAreGuessedNeverThrown() {
		byte[] russian = "Здравствуйте, мой заказ до сих пор не доставлен и я очень расстроен"
			.getBytes(Charset.forName("KOI8-R"));

		assertThat(MailCharsets.decode(russian, "x-no-such-charset")).startsWith("Здравствуйте");
		assertThat(MailCharsets.decode(new byte[] { (byte) 0xE9 }, "???")).isEqualTo("é");
		assertThat(MailCharsets.decode(new byte[0], null)).isEmpty();
	}

}
