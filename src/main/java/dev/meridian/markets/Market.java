package dev.meridian.markets;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A country a business sells in: its languages, currency, time zone and launch status.
 */
@Entity
@Table(name = "markets")
public class Market {

	@Id
	private String code;

	private String name;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> languages = new ArrayList<>();

	private String currency;

	private String timeZone;

	@Enumerated(EnumType.STRING)
	private LaunchStatus launchStatus;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	protected Market() {
	}

	Market(MarketDefinition definition, Instant now) {
		this.code = definition.code().value();
		this.createdAt = now;
		apply(definition, now);
	}

	void apply(MarketDefinition definition, Instant now) {
		this.name = definition.name();
		this.languages = new ArrayList<>(definition.languages().stream().map(LanguageTag::value).toList());
		this.currency = definition.currency().value();
		this.timeZone = definition.timeZone().getId();
		this.launchStatus = definition.launchStatus();
		this.updatedAt = now;
	}

	public CountryCode code() {
		return new CountryCode(this.code);
	}

	public String name() {
		return this.name;
	}

	public List<LanguageTag> languages() {
		return this.languages.stream().map(LanguageTag::read).toList();
	}

	/** The language customers of this market get when nothing else is known. */
	public LanguageTag primaryLanguage() {
		return LanguageTag.read(this.languages.get(0));
	}

	public CurrencyCode currency() {
		return new CurrencyCode(this.currency);
	}

	public ZoneId timeZone() {
		return ZoneId.of(this.timeZone);
	}

	public LaunchStatus launchStatus() {
		return this.launchStatus;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

}
