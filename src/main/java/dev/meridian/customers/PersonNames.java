package dev.meridian.customers;

import java.util.Locale;

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
		return PersonNameFormatter.builder()
			.setLocale(nameLocale)
			.setLength(PersonNameFormatter.Length.MEDIUM)
			.setUsage(PersonNameFormatter.Usage.REFERRING)
			.setFormality(PersonNameFormatter.Formality.FORMAL)
			.build()
			.formatToString(name);
	}

}
