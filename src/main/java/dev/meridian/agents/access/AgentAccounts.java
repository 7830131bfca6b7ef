package dev.meridian.agents.access;

import dev.meridian.agents.AgentManagement;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Agents as accounts for the sign-in form.
 */
@Component
class AgentAccounts implements UserDetailsService {

	private final AgentManagement agents;

	AgentAccounts(AgentManagement agents) {
		this.agents = agents;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return this.agents.findByEmail(email)
			.map(AgentPrincipal::of)
			.orElseThrow(() -> new UsernameNotFoundException("No agent signs in with that address"));
	}

}
