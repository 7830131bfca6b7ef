package dev.meridian.customers;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.meridian.EmailAddresses;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.FormOfAddress;
import dev.meridian.markets.Formality;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

/**
 * What is known about a customer, validated. Missing language, locale, zone or market are
 * filled from the market when the customer is created, never from server defaults.
 *
 * @param givenName given name in the customer's script
 * @param familyName family name in the customer's script
 * @param name a full name when it cannot be split (e.g. from an email header)
 * @param emails email addresses, the first is the primary one; an address given twice (in
 * any case) is kept once
 * @param phones phone numbers in E.164
 * @param language preferred language
 * @param locale formatting locale (e.g. {@code de-CH})
 * @param timeZone the customer's zone
 * @param market the customer's market
 * @param organization the organization the customer belongs to
 * @param formOfAddress the title the customer is addressed with, null when not known
 * (addressed as with {@link FormOfAddress#NONE})
 * @param formality how formally the customer prefers to be written to, null for
 * {@link Formality#DEFAULT}
 */
public record CustomerProfile(@Nullable String givenName, @Nullable String familyName, @Nullable String name,
		List<String> emails, List<String> phones, @Nullable LanguageTag language, @Nullable LanguageTag locale,
		@Nullable ZoneId timeZone, @Nullable CountryCode market, @Nullable OrganizationId organization,
		@Nullable FormOfAddress formOfAddress, @Nullable Formality formality) {

	/** A profile without a form of address or formality (channels know neither). */
	public CustomerProfile(@Nullable String givenName, @Nullable String familyName, @Nullable String name,
			List<String> emails, List<String> phones, @Nullable LanguageTag language, @Nullable LanguageTag locale,
			@Nullable ZoneId timeZone, @Nullable CountryCode market, @Nullable OrganizationId organization) {
		this(givenName, familyName, name, emails, phones, language, locale, timeZone, market, organization, null, null);
	}

	public CustomerProfile {
		checkLength("givenName", givenName, 200);
		checkLength("familyName", familyName, 200);
		checkLength("name", name, 400);
		Set<String> seen = new HashSet<>();
		emails = emails.stream()
			.map(EmailAddresses::normalize)
			.filter(email -> seen.add(email.toLowerCase(Locale.ROOT)))
			.toList();
		phones = phones.stream().map(PhoneNumbers::normalize).distinct().toList();
	}

	/** Lengths count characters (code points), as PostgreSQL does, not UTF-16 units. */
	private static void checkLength(String field, @Nullable String value, int max) {
		if (value != null && value.codePointCount(0, value.length()) > max) {
			throw new dev.meridian.InvalidValueException(field, "At most " + max + " characters");
		}
	}

}
