package dev.meridian.customers;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.PersonName;
import com.ibm.icu.text.PersonNameFormatter;
import com.ibm.icu.text.SimplePersonName;
import org.jspecify.annotations.Nullable;

/**
 * Formats a person's name the way their locale writes it: family name first in Japanese,
 * Chinese, Korean and Hungarian, and without a space between CJK name parts. CLDR's
 * person-name data (through ICU4J) decides, not a list of our own.
 */
public final class PersonNames {

	/** Building a formatter loads CLDR data; a built one is immutable and shared. */
	private static final Map<Locale, PersonNameFormatter> FORMATTERS = new ConcurrentHashMap<>();

	private PersonNames() {
	}

	/**
	 * The full name, formal and of medium length, for the name's own locale. Falls back
	 * to whichever part is present when the other is missing.
	 */
	public static String display(@Nullable String givenName, @Nullable String familyName, Locale nameLocale) {
		boolean hasGiven = givenName != null && !givenName.isBlank();
		boolean hasFamily = familyName != null && !familyName.isBlank();
		if (!hasGiven || !hasFamily) {
			return hasGiven ? givenName.strip() : hasFamily ? familyName.strip() : "";
		}
		Locale locale = nameLocale.getLanguage().isEmpty() ? localeOfScript(givenName + familyName) : nameLocale;
		PersonName name = SimplePersonName.builder()
			.setLocale(locale)
			.addField(PersonName.NameField.GIVEN, null, givenName.strip())
			.addField(PersonName.NameField.SURNAME, null, familyName.strip())
			.build();
		return FORMATTERS.computeIfAbsent(locale, PersonNames::formatterFor).formatToString(name);
	}

	/**
	 * A name of unknown locale (a customer known only from an email header) is written
	 * the way its script is: Han, kana and Hangul names family name first, without a
	 * space.
	 */
	private static Locale localeOfScript(String name) {
		boolean han = false;
		for (int i = 0; i < name.length();) {
			int cp = name.codePointAt(i);
			int script = com.ibm.icu.lang.UScript.getScript(cp);
			if (script == com.ibm.icu.lang.UScript.HIRAGANA || script == com.ibm.icu.lang.UScript.KATAKANA) {
				return Locale.JAPANESE;
			}
			if (script == com.ibm.icu.lang.UScript.HANGUL) {
				return Locale.KOREAN;
			}
			han |= script == com.ibm.icu.lang.UScript.HAN;
			i += Character.charCount(cp);
		}
		return han ? Locale.CHINESE : Locale.ROOT;
	}

	private static PersonNameFormatter formatterFor(Locale locale) {
		return PersonNameFormatter.builder()
			.setLocale(locale)
			.setLength(PersonNameFormatter.Length.MEDIUM)
			.setUsage(PersonNameFormatter.Usage.REFERRING)
			.setFormality(PersonNameFormatter.Formality.FORMAL)
			.build();
	}

}
