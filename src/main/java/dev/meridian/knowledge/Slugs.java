package dev.meridian.knowledge;

import java.text.Normalizer;
import java.util.Locale;

import dev.meridian.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * Help center addresses: letters and digits of any script (an Arabic title keeps an
 * Arabic slug, which browsers show as such), words joined by dashes.
 */
final class Slugs {

	static final int MAX_LENGTH = 200;

	private Slugs() {
	}

	static String of(@Nullable String given, String title) {
		String source = given == null || given.isBlank() ? title : given;
		String normalized = Normalizer.normalize(source, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		StringBuilder slug = new StringBuilder();
		boolean dash = false;
		for (int i = 0; i < normalized.length();) {
			int cp = normalized.codePointAt(i);
			i += Character.charCount(cp);
			if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
				if (dash && slug.length() > 0) {
					slug.append('-');
				}
				slug.appendCodePoint(cp);
				dash = false;
			}
			else {
				dash = true;
			}
			if (slug.length() >= MAX_LENGTH) {
				break;
			}
		}
		if (slug.length() == 0) {
			throw new InvalidValueException("slug", "A slug needs at least one letter or digit");
		}
		return slug.toString();
	}

}
