package dev.meridian.customers.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.meridian.customers.Customer;
import dev.meridian.web.EnumValues;
import org.jspecify.annotations.Nullable;

/**
 * A customer as the API returns it.
 */
record CustomerResponse(UUID id, @Nullable String givenName, @Nullable String familyName, String displayName,
		List<String> emails, List<String> phones, String language, String locale, @Nullable String timeZone,
		@Nullable String market, @Nullable UUID organizationId, @Nullable String formOfAddress, String formality,
		Instant createdAt, Instant updatedAt) {

	static CustomerResponse of(Customer customer) {
		return new CustomerResponse(customer.id().value(), customer.givenName().orElse(null),
				customer.familyName().orElse(null), customer.displayName(), customer.emails(), customer.phones(),
				customer.preferredLanguage().value(), customer.locale().value(),
				customer.timeZone().map(java.time.ZoneId::getId).orElse(null),
				customer.market().map(m -> m.value()).orElse(null),
				customer.organization().map(o -> o.value()).orElse(null),
				customer.formOfAddress().map(EnumValues::write).orElse(null), EnumValues.write(customer.formality()),
				customer.createdAt(), customer.updatedAt());
	}

}
