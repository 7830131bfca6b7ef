package dev.meridian.language.internal;

/**
 * Words with a digit in them: order numbers, tracking codes, amounts ("TW-4818902",
 * "1Z999AA10123456784", "47,60€"). They are no language, yet their letters weigh like
 * words: with all of Lingua's languages, "Hola, ¿dónde está mi paquete 3avay8hhb?" read
 * as Yoruba. The detector reads the text without them.
 */
final class CodeWords {

	private CodeWords() {
	}

	/**
	 * The text without its words that hold a digit; the text itself when nothing else is
	 * left.
	 */
	static String without(String text) {
		StringBuilder kept = new StringBuilder(text.length());
		boolean removed = false;
		int start = 0;
		int length = text.length();
		while (start < length) {
			int end = start;
			boolean digit = false;
			while (end < length && !Character.isWhitespace(text.charAt(end))) {
				digit |= Character.isDigit(text.charAt(end));
				end++;
			}
			if (digit) {
				removed = true;
			}
			else {
				kept.append(text, start, end);
			}
			while (end < length && Character.isWhitespace(text.charAt(end))) {
				kept.append(text.charAt(end));
				end++;
			}
			start = end;
		}
		if (!removed || kept.codePoints().noneMatch(Character::isLetter)) {
			return text;
		}
		return kept.toString();
	}

}
