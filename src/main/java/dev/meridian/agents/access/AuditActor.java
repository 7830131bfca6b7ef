package dev.meridian.agents.access;

import java.util.Optional;

import dev.meridian.privacy.CurrentActor;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names the signed-in agent ({@code agent:<id>}) or the API token ({@code token:<id>})
 * for the audit log.
 */
@Component
class AuditActor implements CurrentActor {

	@Override
	public Optional<String> name() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return Optional.empty();
		}
		Object principal = authentication.getPrincipal();
		if (principal instanceof AgentPrincipal agent) {
			return Optional.of("agent:" + agent.id().value());
		}
		if (principal instanceof TokenPrincipal token) {
			return Optional.of("token:" + token.tokenId());
		}
		return Optional.empty();
	}

}
