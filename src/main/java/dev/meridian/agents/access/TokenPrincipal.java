package dev.meridian.agents.access;

import java.util.Set;
import java.util.UUID;

import dev.meridian.agents.Actor;
import dev.meridian.agents.AgentId;
import dev.meridian.agents.Role;
import dev.meridian.agents.Scope;
import org.jspecify.annotations.Nullable;

/**
 * A caller of the API, identified by its token (never by the secret).
 */
public record TokenPrincipal(UUID tokenId, @Nullable AgentId agent, Role role, Set<Scope> scopes) {

	/** Whether the token carries the scope; {@code admin} with role admin carries all. */
	public boolean allows(Scope scope) {
		return this.scopes.contains(scope) || (this.scopes.contains(Scope.ADMIN) && this.role == Role.ADMIN);
	}

	public Actor actor() {
		return new Actor(this.agent, this.role);
	}

	@Override
	public String toString() {
		return "token:" + this.tokenId;
	}

}
