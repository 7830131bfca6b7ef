package dev.meridian.customers.web;

import java.util.List;
import java.util.UUID;

import dev.meridian.customers.CustomerProfile;
import dev.meridian.customers.OrganizationId;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import dev.meridian.markets.TimeZones;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A customer as clients send it.
 */
record CustomerRequest(@Nullable @Size(max = 200) String givenName, @Nullable @Size(max = 200) String familyName,
		@Nullable @Size(max = 400) String name, @NotEmpty @Size(max = 20) List<String> emails,
		@Nullable @Size(max = 20) List<String> phones, @Nullable String language, @Nullable String locale,
		@Nullable String timeZone, @Nullable String market, @Nullable UUID organizationId) {

	CustomerProfile toProfile() {
		return new CustomerProfile(this.givenName, this.familyName, this.name, this.emails,
				this.phones == null ? List.of() : this.phones,
				this.language == null ? null : LanguageTag.parse("language", this.language),
				this.locale == null ? null : LanguageTag.parse("locale", this.locale),
				this.timeZone == null ? null : TimeZones.parse("timeZone", this.timeZone),
				this.market == null ? null : CountryCode.parse("market", this.market),
				this.organizationId == null ? null : new OrganizationId(this.organizationId));
	}

}
