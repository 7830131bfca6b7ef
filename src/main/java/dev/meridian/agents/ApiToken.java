package dev.meridian.agents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A credential for the API. Only the SHA-256 of its secret is stored; the secret itself
 * is shown once, when the token is issued.
 */
@Entity
@Table(name = "api_tokens")
public class ApiToken {

	@Id
	private UUID id;

	private String name;

	private String tokenHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> scopes = new ArrayList<>();

	private @Nullable UUID agentId;

	private Instant createdAt;

	private @Nullable Instant lastUsedAt;

	private @Nullable Instant revokedAt;

	protected ApiToken() {
	}

	ApiToken(String name, String tokenHash, Role role, Set<Scope> scopes, @Nullable AgentId agent, Instant now) {
		this.id = UUID.randomUUID();
		this.name = name;
		this.tokenHash = tokenHash;
		this.role = role;
		this.scopes = new ArrayList<>(scopes.stream().map(Scope::value).sorted().toList());
		this.agentId = agent == null ? null : agent.value();
		this.createdAt = now;
	}

	void revoke(Instant at) {
		if (this.revokedAt == null) {
			this.revokedAt = at;
		}
	}

	void used(Instant at) {
		this.lastUsedAt = at;
	}

	public UUID id() {
		return this.id;
	}

	public String name() {
		return this.name;
	}

	public String tokenHash() {
		return this.tokenHash;
	}

	public Role role() {
		return this.role;
	}

	public Set<Scope> scopes() {
		Set<Scope> parsed = EnumSet.noneOf(Scope.class);
		this.scopes.forEach(scope -> parsed.add(Scope.parse(scope)));
		return parsed;
	}

	public Optional<AgentId> agent() {
		return Optional.ofNullable(this.agentId).map(AgentId::new);
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Optional<Instant> lastUsedAt() {
		return Optional.ofNullable(this.lastUsedAt);
	}

	public boolean isRevoked() {
		return this.revokedAt != null;
	}

}
