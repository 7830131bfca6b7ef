package dev.meridian.agents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A group of agents that covers some markets and languages.
 */
@Entity
@Table(name = "teams")
public class Team {

	@Id
	private UUID id;

	private String name;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<UUID> members = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> markets = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> languages = new ArrayList<>();

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	protected Team() {
	}

	Team(TeamDefinition definition, Instant now) {
		this.id = UUID.randomUUID();
		this.createdAt = now;
		apply(definition, now);
	}

	void apply(TeamDefinition definition, Instant now) {
		this.name = definition.name().strip();
		this.members = new ArrayList<>(definition.members().stream().map(AgentId::value).distinct().toList());
		this.markets = new ArrayList<>(definition.markets().stream().map(CountryCode::value).distinct().toList());
		this.languages = new ArrayList<>(definition.languages().stream().map(LanguageTag::value).distinct().toList());
		this.updatedAt = now;
	}

	public TeamId id() {
		return new TeamId(this.id);
	}

	public String name() {
		return this.name;
	}

	public List<AgentId> members() {
		return this.members.stream().map(AgentId::new).toList();
	}

	public List<CountryCode> markets() {
		return this.markets.stream().map(CountryCode::new).toList();
	}

	public List<LanguageTag> languages() {
		return this.languages.stream().map(LanguageTag::read).toList();
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

}
