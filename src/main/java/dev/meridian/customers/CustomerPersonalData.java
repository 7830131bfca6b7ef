package dev.meridian.customers;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.customers.internal.Customers;
import dev.meridian.web.EnumValues;
import dev.meridian.privacy.DataSubject;
import dev.meridian.privacy.DataSubjects;
import dev.meridian.privacy.ExportArchive;
import dev.meridian.privacy.PersonalDataHolder;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's profile in privacy requests. Erasing keeps the row (tickets and orders
 * point to it, and counts by market stay right) without a name, address or phone. Runs
 * after the other modules, which look for the customer's values in their own rows.
 */
@Component
class CustomerPersonalData implements PersonalDataHolder, DataSubjects {

	private final Customers customers;

	private final Clock clock;

	CustomerPersonalData(Customers customers, Clock clock) {
		this.customers = customers;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<DataSubject> find(UUID customerId) {
		return this.customers.findById(customerId).map(customer -> {
			List<String> names = new ArrayList<>();
			customer.givenName().ifPresent(names::add);
			customer.familyName().ifPresent(names::add);
			if (!customer.displayName().isBlank() && !customer.displayName().equals(DataSubject.ERASED)) {
				names.add(customer.displayName());
			}
			return new DataSubject(customerId, names, customer.emails(), customer.phones(),
					customer.preferredLanguage().isUndetermined() ? customer.locale().value()
							: customer.preferredLanguage().value(),
					customer.market().map(m -> m.value()).orElse(null));
		});
	}

	@Override
	public String name() {
		return "customers";
	}

	@Override
	public int erasureOrder() {
		return 100;
	}

	record Profile(UUID id, @Nullable String givenName, @Nullable String familyName, String displayName,
			List<String> emails, List<String> phones, String language, String locale, @Nullable String timeZone,
			@Nullable String market, @Nullable UUID organization, @Nullable String formOfAddress, String formality,
			Instant createdAt, Instant updatedAt) {
	}

	@Override
	public void export(DataSubject subject, ExportArchive archive) {
		this.customers.findById(subject.customerId())
			.ifPresent(c -> archive.section("profile", List.of(new Profile(subject.customerId(),
					c.givenName().orElse(null), c.familyName().orElse(null), c.displayName(), c.emails(), c.phones(),
					c.preferredLanguage().value(), c.locale().value(), c.timeZone().map(Object::toString).orElse(null),
					c.market().map(m -> m.value()).orElse(null), c.organization().map(o -> o.value()).orElse(null),
					c.formOfAddress().map(EnumValues::write).orElse(null), EnumValues.write(c.formality()),
					c.createdAt(), c.updatedAt()))));
	}

	@Override
	public Map<String, Integer> erase(DataSubject subject) {
		return this.customers.findById(subject.customerId()).map(customer -> {
			int emails = customer.emails().size();
			int phones = customer.phones().size();
			boolean named = customer.givenName().isPresent() || customer.familyName().isPresent()
					|| !customer.displayName().equals(DataSubject.ERASED);
			customer.erase(this.clock.instant());
			this.customers.flush();
			return Map.of("names", named ? 1 : 0, "emails", emails, "phones", phones);
		}).orElse(Map.of());
	}

}
