package dev.meridian.customers;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.meridian.EmailAddresses;
import dev.meridian.InvalidValueException;
import dev.meridian.NotFoundException;
import dev.meridian.customers.internal.Customers;
import dev.meridian.customers.internal.Organizations;
import dev.meridian.markets.FormOfAddress;
import dev.meridian.markets.Formality;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.Market;
import dev.meridian.markets.MarketManagement;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and finds customers and organizations.
 */
@Service
@Transactional
public class CustomerManagement {

	private final Customers customers;

	private final Organizations organizations;

	private final MarketManagement markets;

	private final Clock clock;

	CustomerManagement(Customers customers, Organizations organizations, MarketManagement markets, Clock clock) {
		this.customers = customers;
		this.organizations = organizations;
		this.markets = markets;
		this.clock = clock;
	}

	/**
	 * Creates a customer. Language and zone not given come from the customer's market.
	 * @throws EmailAlreadyUsedException if another customer has one of the addresses
	 */
	public Customer create(CustomerProfile profile) {
		for (String email : profile.emails()) {
			if (this.customers.findByEmail(email).isPresent()) {
				throw new EmailAlreadyUsedException(email);
			}
		}
		return this.customers.save(new Customer(withMarketDefaults(profile), this.clock.instant()));
	}

	/**
	 * The customer with this email address, created from the profile if there is none.
	 * Two requests racing for the same new address meet at a unique index; the caller
	 * retries its transaction once and then finds the customer.
	 */
	public Customer findOrCreate(CustomerProfile profile) {
		if (profile.emails().isEmpty()) {
			throw new InvalidValueException("customer.email", "A customer needs an email address");
		}
		return this.customers.findByEmail(profile.emails().get(0))
			.orElseGet(() -> this.customers.save(new Customer(withMarketDefaults(profile), this.clock.instant())));
	}

	public Customer update(CustomerId id, CustomerProfile profile) {
		Customer customer = get(id);
		for (String email : profile.emails()) {
			this.customers.findByEmail(email).filter(other -> !other.id().equals(id)).ifPresent(other -> {
				throw new EmailAlreadyUsedException(email);
			});
		}
		customer.apply(withMarketDefaults(profile), this.clock.instant());
		return customer;
	}

	/**
	 * Sets how the customer is addressed (title or none, formality) without touching the
	 * rest of the profile: what the workspace's form changes.
	 */
	public Customer changeAddress(CustomerId id, @Nullable FormOfAddress formOfAddress, Formality formality) {
		Customer customer = get(id);
		customer.address(formOfAddress, formality, this.clock.instant());
		return customer;
	}

	public void delete(CustomerId id) {
		Customer customer = get(id);
		try {
			this.customers.delete(customer);
			this.customers.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw new CustomerHasTicketsException(id);
		}
	}

	@Transactional(readOnly = true)
	public Optional<Customer> find(CustomerId id) {
		return this.customers.findById(id.value());
	}

	@Transactional(readOnly = true)
	public Customer get(CustomerId id) {
		return find(id).orElseThrow(() -> new NotFoundException("Customer", id));
	}

	@Transactional(readOnly = true)
	public Optional<Customer> findByEmail(String email) {
		return this.customers.findByEmail(EmailAddresses.normalize(email));
	}

	/** Customers by id, for screens and lists that show many at once. */
	@Transactional(readOnly = true)
	public Map<CustomerId, Customer> findAll(Collection<CustomerId> ids) {
		List<UUID> keys = ids.stream().map(CustomerId::value).distinct().toList();
		if (keys.isEmpty()) {
			return Map.of();
		}
		return this.customers.findByIds(keys).stream().collect(Collectors.toMap(Customer::id, Function.identity()));
	}

	/**
	 * Customers whose name or one of whose addresses contains the text, by name: the
	 * customer list's search box (an agent often knows only a domain or part of an
	 * address).
	 */
	@Transactional(readOnly = true)
	public List<Customer> search(String text, int limit) {
		// Control characters match nobody's name, and PostgreSQL refuses NUL in a text.
		String lower = text.replaceAll("\\p{Cntrl}", "").strip().toLowerCase(java.util.Locale.ROOT);
		if (lower.isEmpty()) {
			return List.of();
		}
		String escaped = lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return this.customers.search(escaped, Limit.of(limit));
	}

	/** Customers in order of creation, after the given position (keyset pagination). */
	@Transactional(readOnly = true)
	public List<Customer> list(@Nullable Instant afterCreatedAt, @Nullable CustomerId afterId, int limit) {
		return afterCreatedAt == null || afterId == null ? this.customers.findFirstPage(Limit.of(limit))
				: this.customers.findPageAfter(afterCreatedAt, afterId.value(), Limit.of(limit));
	}

	public Organization createOrganization(String name, List<String> domains, @Nullable CountryCode market) {
		requireMarket(market);
		return this.organizations.save(new Organization(name, domains, market, this.clock.instant()));
	}

	public Organization updateOrganization(OrganizationId id, String name, List<String> domains,
			@Nullable CountryCode market) {
		requireMarket(market);
		Organization organization = getOrganization(id);
		organization.apply(name, domains, market, this.clock.instant());
		return organization;
	}

	public void deleteOrganization(OrganizationId id) {
		Organization organization = getOrganization(id);
		try {
			this.organizations.delete(organization);
			this.organizations.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw new OrganizationHasCustomersException(id);
		}
	}

	@Transactional(readOnly = true)
	public Organization getOrganization(OrganizationId id) {
		return this.organizations.findById(id.value()).orElseThrow(() -> new NotFoundException("Organization", id));
	}

	@Transactional(readOnly = true)
	public List<Organization> organizations() {
		return this.organizations.findAllByOrderByName();
	}

	private CustomerProfile withMarketDefaults(CustomerProfile profile) {
		requireMarket(profile.market());
		if (profile.organization() != null && this.organizations.findById(profile.organization().value()).isEmpty()) {
			throw new InvalidValueException("organizationId",
					"Organization " + profile.organization() + " does not exist");
		}
		if (profile.market() == null || (profile.language() != null && profile.timeZone() != null)) {
			return profile;
		}
		Market market = this.markets.get(profile.market());
		return new CustomerProfile(profile.givenName(), profile.familyName(), profile.name(), profile.emails(),
				profile.phones(), profile.language() == null ? market.primaryLanguage() : profile.language(),
				profile.locale(), profile.timeZone() == null ? market.timeZone() : profile.timeZone(), profile.market(),
				profile.organization(), profile.formOfAddress(), profile.formality());
	}

	private void requireMarket(@Nullable CountryCode market) {
		if (market != null && this.markets.find(market).isEmpty()) {
			throw new InvalidValueException("market", "There is no market for country " + market);
		}
	}

}
