package dev.meridian.language;

import dev.meridian.markets.FormOfAddress;
import dev.meridian.markets.Formality;
import org.jspecify.annotations.Nullable;

/**
 * The person a reply is written to, as the customers module knows them: names in the
 * script they were stored in (never transliterated), the full name in the customer's own
 * order, the title they asked for and how formally they like to be written to.
 *
 * @param givenName the given name, null when not known
 * @param familyName the family name, null when not known
 * @param fullName the full name as the customer's locale writes it ({@code 田中花子},
 * {@code Kovács Anna}); null to write it in the profile's name order
 * @param title the form of address, null when nobody said (as {@link FormOfAddress#NONE})
 * @param formality the customer's preference; {@link Formality#DEFAULT} leaves it to the
 * culture
 */
public record Addressee(@Nullable String givenName, @Nullable String familyName, @Nullable String fullName,
		@Nullable FormOfAddress title, Formality formality) {

	/** Someone known by name only, written to as their culture usually does. */
	public static Addressee named(@Nullable String givenName, @Nullable String familyName) {
		return new Addressee(givenName, familyName, null, null, Formality.DEFAULT);
	}

	public Addressee withTitle(@Nullable FormOfAddress title) {
		return new Addressee(this.givenName, this.familyName, this.fullName, title, this.formality);
	}

	public Addressee withFormality(Formality formality) {
		return new Addressee(this.givenName, this.familyName, this.fullName, this.title, formality);
	}

}
