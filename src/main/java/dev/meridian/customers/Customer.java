package dev.meridian.customers;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.markets.CountryCode;
import dev.meridian.markets.FormOfAddress;
import dev.meridian.markets.Formality;
import dev.meridian.markets.LanguageTag;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A person who asks for help. Their name is kept in their own script and shown in their
 * locale's order; their language and zone decide how Meridian talks to them.
 */
@Entity
@Table(name = "customers")
public class Customer {

	@Id
	private UUID id;

	private @Nullable String givenName;

	private @Nullable String familyName;

	private String displayName;

	private String preferredLanguage;

	private String locale;

	private @Nullable String timeZone;

	private @Nullable String marketCode;

	private @Nullable UUID organizationId;

	@Enumerated(EnumType.STRING)
	private @Nullable FormOfAddress formOfAddress;

	@Enumerated(EnumType.STRING)
	private Formality formality = Formality.DEFAULT;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "customer_emails", joinColumns = @JoinColumn(name = "customer_id"))
	@OrderColumn(name = "position")
	@Column(name = "email")
	@BatchSize(size = 50)
	private List<String> emails = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> phones = new ArrayList<>();

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	protected Customer() {
	}

	Customer(CustomerProfile profile, Instant now) {
		this.id = UUID.randomUUID();
		this.createdAt = now;
		apply(profile, now);
	}

	void apply(CustomerProfile profile, Instant now) {
		this.givenName = blankToNull(profile.givenName());
		this.familyName = blankToNull(profile.familyName());
		this.preferredLanguage = profile.language() == null ? LanguageTag.UNDETERMINED.value()
				: profile.language().value();
		this.locale = profile.locale() == null ? this.preferredLanguage : profile.locale().value();
		this.timeZone = profile.timeZone() == null ? null : profile.timeZone().getId();
		this.marketCode = profile.market() == null ? null : profile.market().value();
		this.organizationId = profile.organization() == null ? null : profile.organization().value();
		this.formOfAddress = profile.formOfAddress();
		this.formality = profile.formality() == null ? Formality.DEFAULT : profile.formality();
		this.emails = new ArrayList<>(profile.emails());
		this.phones = new ArrayList<>(profile.phones());
		this.displayName = displayNameFor(profile);
		this.updatedAt = now;
	}

	/** How the customer wants to be addressed; everything else stays. */
	void address(@Nullable FormOfAddress formOfAddress, Formality formality, Instant now) {
		this.formOfAddress = formOfAddress;
		this.formality = formality;
		this.updatedAt = now;
	}

	/**
	 * Removes every value that identifies the person; language, locale, zone and market
	 * stay, so figures by market and language still count them (issue 16).
	 */
	void erase(Instant now) {
		this.givenName = null;
		this.familyName = null;
		this.displayName = dev.meridian.privacy.DataSubject.ERASED;
		this.emails = new ArrayList<>();
		this.phones = new ArrayList<>();
		// A title tells the person's gender: it goes with the name.
		this.formOfAddress = null;
		this.updatedAt = now;
	}

	private String displayNameFor(CustomerProfile profile) {
		String formatted = PersonNames.display(this.givenName, this.familyName, locale().locale());
		if (!formatted.isEmpty()) {
			return formatted;
		}
		if (profile.name() != null && !profile.name().isBlank()) {
			return profile.name().strip();
		}
		return this.emails.isEmpty() ? "" : this.emails.get(0);
	}

	public CustomerId id() {
		return new CustomerId(this.id);
	}

	public Optional<String> givenName() {
		return Optional.ofNullable(this.givenName);
	}

	public Optional<String> familyName() {
		return Optional.ofNullable(this.familyName);
	}

	/** The full name as the customer's locale writes it. */
	public String displayName() {
		return this.displayName;
	}

	public LanguageTag preferredLanguage() {
		return LanguageTag.read(this.preferredLanguage);
	}

	public LanguageTag locale() {
		return LanguageTag.read(this.locale);
	}

	public Optional<ZoneId> timeZone() {
		return Optional.ofNullable(this.timeZone).map(ZoneId::of);
	}

	public Optional<CountryCode> market() {
		return Optional.ofNullable(this.marketCode).map(CountryCode::new);
	}

	public Optional<OrganizationId> organization() {
		return Optional.ofNullable(this.organizationId).map(OrganizationId::new);
	}

	/** The title the customer is addressed with; empty when nobody said. */
	public Optional<FormOfAddress> formOfAddress() {
		return Optional.ofNullable(this.formOfAddress);
	}

	public Formality formality() {
		return this.formality;
	}

	public List<String> emails() {
		return List.copyOf(this.emails);
	}

	public Optional<String> primaryEmail() {
		return this.emails.stream().findFirst();
	}

	public List<String> phones() {
		return List.copyOf(this.phones);
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
