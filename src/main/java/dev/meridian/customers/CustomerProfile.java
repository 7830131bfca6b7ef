package dev.meridian.customers;

import java.time.ZoneId;
import java.util.List;

import dev.meridian.EmailAddresses;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

/**
 * What is known about a customer, validated. Missing language, locale, zone or market are
 * filled from the market when the customer is created, never from server defaults.
 *
 * @param givenName given name in the customer's script
 * @param familyName family name in the customer's script
 * @param name a full name when it cannot be split (e.g. from an email header)
 * @param emails email addresses, the first is the primary one
 * @param phones phone numbers in E.164
 * @param language preferred language
 * @param locale formatting locale (e.g. {@code de-CH})
 * @param timeZone the customer's zone
 * @param market the customer's market
 * @param organization the organization the customer belongs to
 */
public record CustomerProfile(@Nullable String givenName, @Nullable String familyName, @Nullable String name,
		List<String> emails, List<String> phones, @Nullable LanguageTag language, @Nullable LanguageTag locale,
		@Nullable ZoneId timeZone, @Nullable CountryCode market, @Nullable OrganizationId organization) {

	public CustomerProfile {
		emails = emails.stream().map(EmailAddresses::normalize).distinct().toList();
		phones = phones.stream().map(PhoneNumbers::normalize).distinct().toList();
	}

}
