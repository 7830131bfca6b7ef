package dev.meridian.agents.access;

import java.io.IOException;
import java.util.Optional;

import dev.meridian.agents.AccessStamp;
import dev.meridian.agents.AgentManagement;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks a workspace session against its agent on every request: a session stands only
 * while the agent's role, activity, address and password are what they were at sign-in
 * ({@link AccessStamp}). Otherwise the session ends there and the request goes on signed
 * out, so a deactivated agent, a demoted admin or someone whose password was reset by an
 * admin loses the workspace with their next click, not when the session times out.
 */
class SessionRecheckFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(SessionRecheckFilter.class);

	private final AgentManagement agents;

	SessionRecheckFilter(AgentManagement agents) {
		this.agents = agents;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AgentPrincipal agent) {
			Optional<AccessStamp> now = this.agents.accessStamp(agent.id());
			if (now.isEmpty() || !now.get().active() || !now.get().equals(agent.access())) {
				log.info("Ended the session of agent {}: their access changed since they signed in", agent.id());
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
				SecurityContextHolder.clearContext();
			}
		}
		chain.doFilter(request, response);
	}

}
