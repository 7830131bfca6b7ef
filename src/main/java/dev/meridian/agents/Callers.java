package dev.meridian.agents;

import java.util.Locale;

import dev.meridian.agents.access.AgentPrincipal;
import dev.meridian.agents.access.TokenPrincipal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling right now, as an {@link Actor} for domain rules.
 */
public final class Callers {

	private Callers() {
	}

	public static Actor current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Object principal = authentication == null ? null : authentication.getPrincipal();
		if (principal instanceof TokenPrincipal token) {
			return token.actor();
		}
		if (principal instanceof AgentPrincipal agent) {
			return agent.actor();
		}
		throw new NotAllowedException("Not signed in");
	}

	/**
	 * Refuses unless the caller may do something that needs this scope and at least this
	 * role: a token needs both, a signed-in agent (the workspace has no scopes) the role.
	 * @param what the action, for the refusal's message, e.g. "Publishing articles"
	 */
	public static void require(Scope scope, Role minimum, String what) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Object principal = authentication == null ? null : authentication.getPrincipal();
		boolean allowed = principal instanceof TokenPrincipal token
				? token.role().includes(minimum) && token.allows(scope)
				: principal instanceof AgentPrincipal agent && agent.role().includes(minimum);
		if (!allowed) {
			throw new NotAllowedException(what + " needs the role " + minimum.name().toLowerCase(Locale.ROOT)
					+ (principal instanceof TokenPrincipal ? " and the scope " + scope.value() : ""));
		}
	}

}
