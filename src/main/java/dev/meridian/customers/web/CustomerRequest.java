package dev.meridian.customers.web;

import java.util.List;
import java.util.UUID;

import dev.meridian.EmailAddresses;
import dev.meridian.customers.CustomerProfile;
import dev.meridian.customers.PhoneNumbers;
import dev.meridian.web.EnumValues;
import dev.meridian.web.ListFields;
import dev.meridian.customers.OrganizationId;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.FormOfAddress;
import dev.meridian.markets.Formality;
import dev.meridian.markets.LanguageTag;
import dev.meridian.markets.TimeZones;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A customer as clients send it. {@code formOfAddress}: {@code ms}, {@code mr},
 * {@code mx} (gender-neutral) or {@code none}; {@code formality}: {@code formal},
 * {@code informal} or {@code default} (as the customer's culture does).
 */
record CustomerRequest(@Nullable String givenName, @Nullable String familyName, @Nullable String name,
		@NotEmpty @Size(max = 20) List<String> emails, @Nullable @Size(max = 20) List<String> phones,
		@Nullable String language, @Nullable String locale, @Nullable String timeZone, @Nullable String market,
		@Nullable UUID organizationId, @Nullable String formOfAddress, @Nullable String formality) {

	CustomerProfile toProfile() {
		return new CustomerProfile(this.givenName, this.familyName, this.name,
				ListFields.parse("emails", this.emails, EmailAddresses::normalize),
				ListFields.parse("phones", this.phones, PhoneNumbers::normalize),
				this.language == null ? null : LanguageTag.parse("language", this.language),
				this.locale == null ? null : LanguageTag.parse("locale", this.locale),
				this.timeZone == null ? null : TimeZones.parse("timeZone", this.timeZone),
				this.market == null ? null : CountryCode.parse("market", this.market),
				this.organizationId == null ? null : new OrganizationId(this.organizationId),
				EnumValues.parseOrNull("formOfAddress", this.formOfAddress, FormOfAddress.class),
				EnumValues.parseOrNull("formality", this.formality, Formality.class));
	}

}
