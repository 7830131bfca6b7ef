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
		PersonName name = SimplePersonName.builder()
			.setLocale(nameLocale)
			.addField(PersonName.NameField.GIVEN, null, givenName.strip())
			.addField(PersonName.NameField.SURNAME, null, familyName.strip())
			.build();
		return FORMATTERS.computeIfAbsent(nameLocale, PersonNames::formatterFor).formatToString(name);
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
