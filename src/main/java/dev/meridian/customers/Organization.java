package dev.meridian.customers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.markets.CountryCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A company whose people are customers, recognized by its email domains.
 */
@Entity
@Table(name = "organizations")
public class Organization {

	@Id
	private UUID id;

	private String name;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> domains = new ArrayList<>();

	private @Nullable String marketCode;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	protected Organization() {
	}

	Organization(String name, List<String> domains, @Nullable CountryCode market, Instant now) {
		this.id = UUID.randomUUID();
		this.createdAt = now;
		apply(name, domains, market, now);
	}

	void apply(String name, List<String> domains, @Nullable CountryCode market, Instant now) {
		this.name = name.strip();
		this.domains = new ArrayList<>(
				domains.stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).distinct().toList());
		this.marketCode = market == null ? null : market.value();
		this.updatedAt = now;
	}

	public OrganizationId id() {
		return new OrganizationId(this.id);
	}

	public String name() {
		return this.name;
	}

	public List<String> domains() {
		return List.copyOf(this.domains);
	}

	public Optional<CountryCode> market() {
		return Optional.ofNullable(this.marketCode).map(CountryCode::new);
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

}
