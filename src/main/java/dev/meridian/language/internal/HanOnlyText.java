package dev.meridian.language.internal;

import java.util.Map;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.ULocale;

/**
 * Text in Han characters only ({@code 最高}, {@code 了解}, {@code 退货}): Lingua's rules call
 * every such text Chinese, so a Japanese customer's kanji-only reply would be read as
 * Chinese with full confidence. Here the characters themselves are the evidence, from
 * CLDR's exemplar characters (ICU): a character Japanese uses (the jōyō kanji) that
 * neither Chinese script does ({@code 円 駅 気 払 様}) speaks for Japanese; one Chinese uses
 * that Japanese does not ({@code 们 这 吗 货}, or the traditional {@code 們 這 嗎}) for Chinese.
 * Characters both use ({@code 最 高 了 解}) say nothing, and a text of nothing but those
 * leaves the two tied: the customer's known language decides, or it is {@code und}.
 */
final class HanOnlyText {

	/**
	 * How much one distinctive character counts, in the units of {@code DetectionPriors}'
	 * likelihood (natural log): e^-3 ≈ 1 : 20 for each.
	 */
	static final double NATS_PER_SIGNAL = 3;

	private static final UnicodeSet JAPANESE = exemplars("ja");

	private static final UnicodeSet SIMPLIFIED_CHINESE = exemplars("zh");

	private static final UnicodeSet TRADITIONAL_CHINESE = exemplars("zh_Hant");

	private HanOnlyText() {
	}

	/** Whether every letter of the text is a Han character (no kana, hangul or Latin). */
	static boolean isHanOnly(String text) {
		boolean han = false;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			i += Character.charCount(c);
			if (Character.isLetter(c)) {
				if (UScript.getScript(c) != UScript.HAN) {
					return false;
				}
				han = true;
			}
		}
		return han;
	}

	/** Relative confidences for ja and zh, in Lingua's form (1.0 for the more likely). */
	static Evidence read(String text, int letters) {
		int japanese = 0;
		int chinese = 0;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			i += Character.charCount(c);
			boolean inJapanese = JAPANESE.contains(c);
			boolean inChinese = SIMPLIFIED_CHINESE.contains(c) || TRADITIONAL_CHINESE.contains(c);
			if (inJapanese && !inChinese) {
				japanese++;
			}
			else if (inChinese && !inJapanese) {
				chinese++;
			}
		}
		// DetectionPriors takes a likelihood of exp(-letters × (1/r - 1)): choose r so
		// that the runner-up is NATS_PER_SIGNAL per character behind.
		double gap = NATS_PER_SIGNAL * Math.abs(japanese - chinese);
		double runnerUp = 1 / (1 + gap / Math.max(1, letters));
		Map<String, Double> confidences = japanese > chinese ? Map.of("ja", 1.0, "zh", runnerUp)
				: Map.of("zh", 1.0, "ja", runnerUp);
		return new Evidence(confidences, letters);
	}

	private static UnicodeSet exemplars(String locale) {
		return LocaleData.getExemplarSet(new ULocale(locale), 0, LocaleData.ES_STANDARD).freeze();
	}

}
