package dev.meridian.channels.email.intake;

import java.util.List;
import java.util.Set;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import org.jspecify.annotations.Nullable;

/**
 * Splits a mail's display name into given and family name where its script tells how:
 * Chinese and Korean names are written family name first and without a space (so the
 * family name is the first syllable, or a known two-syllable surname); Japanese names
 * with a space are family first too, without one they cannot be split safely and stay
 * whole; Latin, Cyrillic and Greek names split on the last space, and "Family, Given" is
 * read as such. What cannot be split is kept as a full name, never guessed.
 *
 * @param given the given name, or null
 * @param family the family name, or null
 * @param full the name as a whole, when it was not split
 */
record SenderNames(@Nullable String given, @Nullable String family, @Nullable String full) {

	private static final Set<String> CHINESE_COMPOUND_SURNAMES = Set.of("欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "东方",
			"東方", "皇甫", "尉迟", "尉遲", "公孙", "公孫", "慕容", "令狐", "夏侯", "长孙", "長孫", "宇文", "司徒", "端木", "轩辕", "軒轅");

	private static final Set<String> KOREAN_COMPOUND_SURNAMES = Set.of("남궁", "황보", "제갈", "선우", "독고", "사공", "서문");

	static SenderNames of(@Nullable String displayName) {
		if (displayName == null || displayName.isBlank()) {
			return new SenderNames(null, null, null);
		}
		String name = displayName.strip().replaceAll("\\s+", " ");
		int script = dominantScript(name);
		if (script == UScript.HANGUL) {
			return eastAsian(name, KOREAN_COMPOUND_SURNAMES);
		}
		if (script == UScript.HAN && !containsKana(name)) {
			return eastAsian(name, CHINESE_COMPOUND_SURNAMES);
		}
		if (script == UScript.HIRAGANA || script == UScript.KATAKANA || script == UScript.HAN) {
			String[] parts = name.split(" ");
			return parts.length == 2 ? new SenderNames(parts[1], parts[0], null) : new SenderNames(null, null, name);
		}
		if (script == UScript.LATIN || script == UScript.CYRILLIC || script == UScript.GREEK) {
			int comma = name.indexOf(',');
			if (comma > 0 && name.indexOf(',', comma + 1) < 0) {
				String family = name.substring(0, comma).strip();
				String given = name.substring(comma + 1).strip();
				if (!family.isEmpty() && !given.isEmpty()) {
					return new SenderNames(given, family, null);
				}
			}
			int space = name.lastIndexOf(' ');
			if (space > 0 && !name.contains("(") && !name.contains("@")) {
				return new SenderNames(name.substring(0, space), name.substring(space + 1), null);
			}
		}
		return new SenderNames(null, null, name);
	}

	private static SenderNames eastAsian(String name, Set<String> compoundSurnames) {
		String[] parts = name.split(" ");
		if (parts.length == 2) {
			return new SenderNames(parts[1], parts[0], null);
		}
		if (parts.length > 2) {
			return new SenderNames(null, null, name);
		}
		int length = name.codePointCount(0, name.length());
		if (length < 2 || length > 4) {
			return new SenderNames(null, null, name);
		}
		boolean compound = length >= 3 && compoundSurnames.contains(name.substring(0, name.offsetByCodePoints(0, 2)));
		if (length == 4 && !compound) {
			// Four characters without a two-character surname: as likely a Japanese
			// 2 + 2 name as anything else. Kept whole rather than split wrongly.
			return new SenderNames(null, null, name);
		}
		int familyLength = compound ? 2 : 1;
		int cut = name.offsetByCodePoints(0, familyLength);
		return new SenderNames(name.substring(cut), name.substring(0, cut), null);
	}

	private static int dominantScript(String name) {
		java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
		name.codePoints()
			.filter(UCharacter::isLetter)
			.forEach(cp -> counts.merge(UScript.getScript(cp), 1, Integer::sum));
		int best = UScript.COMMON;
		for (int script : List.of(UScript.LATIN, UScript.HAN, UScript.HANGUL, UScript.HIRAGANA, UScript.KATAKANA,
				UScript.CYRILLIC, UScript.GREEK, UScript.ARABIC, UScript.HEBREW, UScript.THAI)) {
			if (counts.getOrDefault(script, 0) > counts.getOrDefault(best, 0)) {
				best = script;
			}
		}
		return best;
	}

	private static boolean containsKana(String name) {
		return name.codePoints().anyMatch(cp -> {
			int script = UScript.getScript(cp);
			return script == UScript.HIRAGANA || script == UScript.KATAKANA;
		});
	}

}
