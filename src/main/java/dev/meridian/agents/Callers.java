package dev.meridian.agents;

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

}
