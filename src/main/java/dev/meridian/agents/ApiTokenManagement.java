package dev.meridian.agents;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.meridian.InvalidValueException;
import dev.meridian.NotFoundException;
import dev.meridian.agents.internal.ApiTokens;
import dev.meridian.privacy.AuditTrail;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, finds and revokes API tokens.
 */
@Service
@Transactional
public class ApiTokenManagement {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokens tokens;

	private final AgentManagement agents;

	private final Clock clock;

	private final AuditTrail audit;

	ApiTokenManagement(ApiTokens tokens, AgentManagement agents, Clock clock, AuditTrail audit) {
		this.audit = audit;
		this.tokens = tokens;
		this.agents = agents;
		this.clock = clock;
	}

	/**
	 * Issues a token with a fresh random secret. A token owned by an agent never gets a
	 * role above the agent's.
	 */
	public IssuedToken issue(String name, Role role, Set<Scope> scopes, @Nullable AgentId owner) {
		if (name.isBlank() || name.length() > 200) {
			throw new InvalidValueException("name", "A token needs a name of at most 200 characters");
		}
		if (scopes.isEmpty()) {
			throw new InvalidValueException("scopes", "A token needs at least one scope");
		}
		if (owner != null) {
			Agent agent = this.agents.find(owner)
				.orElseThrow(() -> new InvalidValueException("agentId", "Agent " + owner + " does not exist"));
			if (!agent.role().includes(role)) {
				throw new InvalidValueException("role", "A token cannot have a higher role than its agent");
			}
		}
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String secret = "mrd_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		ApiToken token = this.tokens.save(new ApiToken(name.strip(), TokenHashes.of(secret), role,
				EnumSet.copyOf(scopes), owner, this.clock.instant()));
		this.audit.record("token.issued", "token:" + token.id());
		return new IssuedToken(token, secret);
	}

	/**
	 * Registers a secret chosen by the operator (the bootstrap token) unless a token with
	 * that secret exists already.
	 */
	public boolean register(String name, String secret, Role role, Set<Scope> scopes) {
		String hash = TokenHashes.of(secret);
		if (this.tokens.findByHash(hash).isPresent()) {
			return false;
		}
		this.tokens.save(new ApiToken(name, hash, role, EnumSet.copyOf(scopes), null, this.clock.instant()));
		return true;
	}

	@Transactional(readOnly = true)
	public Optional<ApiToken> findBySecret(String secret) {
		return this.tokens.findByHash(TokenHashes.of(secret));
	}

	public void markUsed(UUID id) {
		this.tokens.findById(id).ifPresent(token -> token.used(this.clock.instant()));
	}

	public void revoke(UUID id) {
		this.tokens.findById(id).orElseThrow(() -> new NotFoundException("API token", id)).revoke(this.clock.instant());
		this.audit.record("token.revoked", "token:" + id);
	}

	@Transactional(readOnly = true)
	public List<ApiToken> all() {
		return this.tokens.findAllOrdered();
	}

}
