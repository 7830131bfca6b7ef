package dev.meridian.agents.access;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.meridian.agents.AgentManagement;
import dev.meridian.agents.ApiToken;
import dev.meridian.agents.ApiTokenManagement;
import dev.meridian.agents.Scope;
import dev.meridian.agents.TokenHashes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer} API tokens. Token look-ups are cached for a
 * few seconds so a busy integration does not cost a query per request; a revoked token
 * stops working within that time. Requests without a valid token go on unauthenticated
 * and are refused by the authorization rules with a 401 problem.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	private static final Duration CACHE_FOR = Duration.ofSeconds(10);

	private static final Duration RECORD_USE_EVERY = Duration.ofMinutes(1);

	private final ApiTokenManagement tokens;

	private final AgentManagement agents;

	private final Clock clock;

	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

	private final Map<java.util.UUID, Instant> lastRecordedUse = new ConcurrentHashMap<>();

	ApiTokenAuthenticationFilter(ApiTokenManagement tokens, AgentManagement agents, Clock clock) {
		this.tokens = tokens;
		this.agents = agents;
		this.clock = clock;
	}

	private record Cached(Optional<TokenPrincipal> principal, Instant expires) {
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			String secret = header.substring(7).strip();
			principalFor(secret).ifPresent(principal -> {
				UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken
					.authenticated(principal, null, authorities(principal));
				SecurityContextHolder.getContext().setAuthentication(authentication);
				recordUse(principal);
			});
		}
		chain.doFilter(request, response);
	}

	private Optional<TokenPrincipal> principalFor(String secret) {
		if (secret.isEmpty() || secret.length() > 512) {
			return Optional.empty();
		}
		String hash = TokenHashes.of(secret);
		Instant now = this.clock.instant();
		Cached cached = this.cache.get(hash);
		if (cached == null || cached.expires().isBefore(now)) {
			if (this.cache.size() > 10_000) {
				this.cache.clear();
			}
			cached = new Cached(load(secret), now.plus(CACHE_FOR));
			this.cache.put(hash, cached);
		}
		return cached.principal();
	}

	private Optional<TokenPrincipal> load(String secret) {
		return this.tokens.findBySecret(secret).filter(token -> !token.isRevoked()).flatMap(this::principalOf);
	}

	/**
	 * A token acts with its own role, but never above its agent's current one: demoting
	 * or deactivating an agent takes effect on their tokens too.
	 */
	private Optional<TokenPrincipal> principalOf(ApiToken token) {
		if (token.agent().isEmpty()) {
			return Optional.of(new TokenPrincipal(token.id(), null, token.role(), token.scopes()));
		}
		return this.agents.find(token.agent().get())
			.filter(agent -> agent.isActive())
			.map(agent -> new TokenPrincipal(token.id(), agent.id(),
					agent.role().includes(token.role()) ? token.role() : agent.role(), token.scopes()));
	}

	private void recordUse(TokenPrincipal principal) {
		Instant now = this.clock.instant();
		Instant last = this.lastRecordedUse.get(principal.tokenId());
		if (last == null || last.plus(RECORD_USE_EVERY).isBefore(now)) {
			this.lastRecordedUse.put(principal.tokenId(), now);
			this.tokens.markUsed(principal.tokenId());
		}
	}

	private static List<GrantedAuthority> authorities(TokenPrincipal principal) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_" + principal.role().name()));
		for (Scope scope : Scope.values()) {
			if (principal.allows(scope)) {
				authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope.value()));
			}
		}
		return authorities;
	}

}
