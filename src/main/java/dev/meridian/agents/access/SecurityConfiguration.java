package dev.meridian.agents.access;

import java.time.Clock;

import dev.meridian.agents.AgentManagement;
import dev.meridian.agents.ApiTokenManagement;
import dev.meridian.web.api.ProblemWriter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authorization.AuthorityAuthorizationManager;

import static org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN;

/**
 * Two doors: the API takes bearer tokens only (stateless, no cookies, so no CSRF), the
 * workspace takes a session from the sign-in form (CSRF-protected). Roles nest: admin
 * includes supervisor includes agent.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder(MeterRegistry meters) {
		return new CountedPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder(), meters);
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy("""
				ROLE_ADMIN > ROLE_SUPERVISOR
				ROLE_SUPERVISOR > ROLE_AGENT
				""");
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokenManagement tokens, AgentManagement agents, Clock clock,
			ProblemWriter problems, RoleHierarchy roles) throws Exception {
		ApiProblemHandlers handlers = new ApiProblemHandlers(problems);
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests
				// Shopify signs its webhooks (HMAC over the raw body, checked by the
				// controller): no API token, the signature is the authentication.
				.requestMatchers(HttpMethod.POST, "/api/v1/commerce/webhooks/shopify")
				.permitAll()
				// Carriers and tracking aggregators sign theirs the same way
				// (X-Meridian-Signature, checked by the controller).
				.requestMatchers(HttpMethod.POST, "/api/v1/commerce/webhooks/tracking")
				.permitAll()
				// Commerce: refunds send money back, so they need a supervisor; return
				// policies are the shop's terms, changed by admins.
				.requestMatchers(HttpMethod.POST, "/api/v1/commerce/returns/*/refund")
				.access(scope("commerce:write", "SUPERVISOR", roles))
				// Goodwill (i17-training): any agent asks on a ticket, within their
				// authority or for approval; supervisors decide, admins set the limits.
				.requestMatchers(HttpMethod.POST, "/api/v1/tickets/*/goodwill")
				.access(scope("commerce:write", roles))
				.requestMatchers(HttpMethod.GET, "/api/v1/commerce/goodwill/approvals",
						"/api/v1/commerce/goodwill/approvals/**")
				.access(scope("commerce:read", "SUPERVISOR", roles))
				.requestMatchers(HttpMethod.POST, "/api/v1/commerce/goodwill/approvals/*")
				.access(scope("commerce:write", "SUPERVISOR", roles))
				.requestMatchers(HttpMethod.PUT, "/api/v1/commerce/goodwill/limits/**")
				.access(admin(roles))
				.requestMatchers(HttpMethod.DELETE, "/api/v1/commerce/goodwill/limits/**")
				.access(admin(roles))
				.requestMatchers(HttpMethod.GET, "/api/v1/commerce/**")
				.access(scope("commerce:read", roles))
				.requestMatchers("/api/v1/commerce/return-policies/**")
				.access(admin(roles))
				.requestMatchers("/api/v1/commerce/**")
				.access(scope("commerce:write", roles))
				// A translated reply writes a ticket and spends translation quota.
				.requestMatchers(HttpMethod.POST, "/api/v1/tickets/*/replies/translated")
				.access(AuthorizationManagers.allOf(scope("tickets:write", roles),
						AuthorityAuthorizationManager.hasAuthority("SCOPE_language:translate")))
				.requestMatchers(HttpMethod.GET, "/api/v1/tickets/**")
				.access(scope("tickets:read", roles))
				.requestMatchers("/api/v1/tickets/**")
				.access(scope("tickets:write", roles))
				// Macros (tickets module): agents list, render and apply them;
				// supervisors write them.
				.requestMatchers(HttpMethod.GET, "/api/v1/macros", "/api/v1/macros/**")
				.access(scope("tickets:read", roles))
				.requestMatchers(HttpMethod.POST, "/api/v1/macros/*/render", "/api/v1/macros/*/apply")
				.access(scope("tickets:write", roles))
				.requestMatchers("/api/v1/macros", "/api/v1/macros/**")
				.access(scope("tickets:write", "SUPERVISOR", roles))
				.requestMatchers(HttpMethod.GET, "/api/v1/search/tickets")
				.access(scope("tickets:read", roles))
				.requestMatchers("/api/v1/knowledge/reindex")
				.access(admin(roles))
				// Knowledge: any agent reads; writing drafts, publishing (checked on the
				// status written) and deleting each need their scope and role.
				.requestMatchers(HttpMethod.DELETE, "/api/v1/knowledge/articles/**")
				.access(scope("knowledge:publish", "SUPERVISOR", roles))
				.requestMatchers(HttpMethod.GET, "/api/v1/knowledge/**")
				.hasRole("AGENT")
				.requestMatchers("/api/v1/knowledge/**")
				.access(scope("knowledge:write", roles))
				// Language: translating spends engine quota; corrections and
				// glossaries are the memory every later translation reuses.
				.requestMatchers(HttpMethod.POST, "/api/v1/language/translate")
				.access(scope("language:translate", roles))
				.requestMatchers(HttpMethod.PUT, "/api/v1/language/translations")
				.access(scope("language:write", roles))
				.requestMatchers(HttpMethod.POST, "/api/v1/language/glossary")
				.access(scope("language:write", "SUPERVISOR", roles))
				.requestMatchers(HttpMethod.PUT, "/api/v1/language/glossary/*")
				.access(scope("language:write", "SUPERVISOR", roles))
				.requestMatchers(HttpMethod.DELETE, "/api/v1/language/glossary/*")
				.access(scope("language:write", "SUPERVISOR", roles))
				// Privacy (i16): exports, erasures and the audit log are for admins; an
				// export's download link is its own (single-use, expiring) credential.
				.requestMatchers(HttpMethod.GET, "/api/v1/privacy/downloads/*")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/customers/*/export", "/api/v1/customers/*/erasure")
				.access(admin(roles))
				.requestMatchers("/api/v1/privacy/**", "/api/v1/audit", "/api/v1/audit/**")
				.access(admin(roles))
				.requestMatchers(HttpMethod.GET, "/api/v1/customers/**", "/api/v1/organizations/**")
				.access(scope("customers:read", roles))
				.requestMatchers("/api/v1/customers/**", "/api/v1/organizations/**")
				.access(scope("customers:write", roles))
				// Agents set their own presence (the facade checks whose); supervisors
				// plan
				// shifts and time off and look at coverage.
				.requestMatchers(HttpMethod.PUT, "/api/v1/agents/*/presence")
				.hasRole("AGENT")
				.requestMatchers(HttpMethod.GET, "/api/v1/coverage", "/api/v1/routing/**")
				.hasRole("SUPERVISOR")
				// Reports (i15-analytics): supervisors read them, admins recompute.
				.requestMatchers(HttpMethod.POST, "/api/v1/reports/recompute")
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.GET, "/api/v1/reports/**")
				.hasRole("SUPERVISOR")
				// Training (i17-training): agents record their own, supervisors review
				// certifications; the facade checks whose and who.
				.requestMatchers(HttpMethod.POST, "/api/v1/agents/*/training", "/api/v1/agents/*/training/*/review")
				.hasRole("AGENT")
				.requestMatchers(HttpMethod.PUT, "/api/v1/agents/*/availability")
				.hasRole("SUPERVISOR")
				.requestMatchers(HttpMethod.POST, "/api/v1/agents/*/time-off")
				.hasRole("SUPERVISOR")
				.requestMatchers(HttpMethod.DELETE, "/api/v1/agents/*/time-off/*")
				.hasRole("SUPERVISOR")
				.requestMatchers(HttpMethod.GET, "/api/v1/markets/**", "/api/v1/agents/**", "/api/v1/teams/**")
				.hasRole("AGENT")
				// Market playbooks (i17): supervisors write them, as they write macros;
				// the rest of a market is the admins'.
				.requestMatchers("/api/v1/markets/*/playbook", "/api/v1/markets/*/playbook/**")
				.access(scope("tickets:write", "SUPERVISOR", roles))
				// Holidays and business-time arithmetic read nothing private: any token.
				.requestMatchers(HttpMethod.GET, "/api/v1/holidays")
				.hasRole("AGENT")
				.requestMatchers(HttpMethod.POST, "/api/v1/calendars/**")
				.hasRole("AGENT")
				// Stored calendars and SLA policies: any agent reads them, admins change
				// them.
				.requestMatchers(HttpMethod.GET, "/api/v1/calendars/**", "/api/v1/sla-policies/**")
				.hasRole("AGENT")
				.requestMatchers("/api/v1/calendars/**", "/api/v1/sla-policies/**")
				.access(admin(roles))
				.requestMatchers("/api/v1/markets/**", "/api/v1/agents/**", "/api/v1/teams/**", "/api/v1/tokens/**")
				.access(admin(roles))
				// Commerce (i12): exchange rates, customs rules and duty rates are read
				// by
				// agents (anyRequest below) and changed by admins; estimates are for
				// agents.
				.requestMatchers(HttpMethod.POST, "/api/v1/commerce/exchange-rates",
						"/api/v1/commerce/exchange-rates/import", "/api/v1/commerce/customs-rules",
						"/api/v1/commerce/duty-rates")
				.access(admin(roles))
				.requestMatchers(HttpMethod.PUT, "/api/v1/commerce/customs-rules/*")
				.access(admin(roles))
				// Mail services post raw mail with a token that may write tickets;
				// mailboxes and the quarantine are for admins.
				.requestMatchers(HttpMethod.POST, "/api/v1/channels/email/inbound")
				.access(scope("tickets:write", roles))
				.requestMatchers("/api/v1/channels/email/**")
				.access(admin(roles))
				.anyRequest()
				.hasRole("AGENT"))
			.addFilterBefore(new ApiTokenAuthenticationFilter(tokens, agents, clock),
					UsernamePasswordAuthenticationFilter.class)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.httpBasic(basic -> basic.disable())
			.formLogin(form -> form.disable())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
			.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(SAME_ORIGIN)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain workspace(HttpSecurity http, AgentAccounts accounts, PasswordEncoder passwords,
			LoginThrottle throttle, AgentManagement agents) throws Exception {
		DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(accounts);
		passwordCheck.setPasswordEncoder(passwords);
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/favicon.svg", "/error")
			.permitAll()
			.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/prometheus", "/actuator/info")
			.permitAll()
			.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
			.permitAll()
			// The public help center: readers never sign in; its forms carry CSRF tokens.
			.requestMatchers("/help", "/help/**")
			.permitAll()
			// Supervisors read the service levels and calendars their teams work to;
			// only admins change them.
			.requestMatchers(HttpMethod.GET, "/app/admin/sla", "/app/admin/calendars", "/app/admin/calendars/**")
			.hasRole("SUPERVISOR")
			.requestMatchers("/app/admin/**")
			.hasRole("ADMIN")
			.requestMatchers("/app/coverage")
			.hasRole("SUPERVISOR")
			// Customers' privacy requests, exports and erasures (i16): admins, as on the
			// API.
			.requestMatchers("/app/privacy", "/app/privacy/**")
			.hasRole("ADMIN")
			// The chat bot's supervision (i14-chatbot).
			.requestMatchers("/app/bot", "/app/bot/**")
			.hasRole("SUPERVISOR")
			.requestMatchers("/app/reports", "/app/reports/**")
			.hasRole("SUPERVISOR")
			// Goodwill approvals are a supervisor's decision.
			.requestMatchers("/app/goodwill", "/app/goodwill/**")
			.hasRole("SUPERVISOR")
			// Closing the loop: follow-ups of low ratings and feedback themes.
			.requestMatchers("/app/feedback", "/app/feedback/**")
			.hasRole("SUPERVISOR")
			// A refund sends money back: supervisors, as on the API.
			.requestMatchers(HttpMethod.POST, "/app/returns/*/refund")
			.hasRole("SUPERVISOR")
			// Everyone plans their own time off at /app/availability; other agents'
			// availability is for supervisors.
			.requestMatchers("/app/agents", "/app/agents/**")
			.hasRole("SUPERVISOR")
			.requestMatchers("/app/**")
			.hasRole("AGENT")
			.requestMatchers("/")
			.permitAll()
			.anyRequest()
			.authenticated())
			.addFilterAfter(new SessionRecheckFilter(agents), SecurityContextHolderFilter.class)
			// The form's only provider, without the global parent manager Spring Boot
			// builds from the UserDetailsService: a wrong password would otherwise be
			// checked a second time there, unthrottled.
			.authenticationManager(new ProviderManager(new ThrottledAuthenticationProvider(passwordCheck, throttle)))
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/app", false)
				.failureHandler(loginFailure())
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
							+ "frame-ancestors 'none'; form-action 'self'"))
				// Ticket addresses must not leak to sites linked from customer mail.
				// HSTS is Spring Security's default whenever the request is secure,
				// which behind a proxy X-Forwarded-Proto decides (README).
				.referrerPolicy(referrer -> referrer.policy(SAME_ORIGIN)));
		return http.build();
	}

	private static AuthenticationFailureHandler loginFailure() {
		return (request, response, exception) -> response
			.sendRedirect(exception instanceof LockedException ? "/login?locked" : "/login?error");
	}

	private static AuthorizationManager<RequestAuthorizationContext> scope(String scope, RoleHierarchy roles) {
		return AuthorizationManagers.allOf(agentRole(roles),
				AuthorityAuthorizationManager.hasAuthority("SCOPE_" + scope));
	}

	private static AuthorizationManager<RequestAuthorizationContext> scope(String scope, String role,
			RoleHierarchy roles) {
		AuthorityAuthorizationManager<RequestAuthorizationContext> minimum = AuthorityAuthorizationManager
			.hasRole(role);
		minimum.setRoleHierarchy(roles);
		return AuthorizationManagers.allOf(minimum, AuthorityAuthorizationManager.hasAuthority("SCOPE_" + scope));
	}

	private static AuthorizationManager<RequestAuthorizationContext> admin(RoleHierarchy roles) {
		AuthorityAuthorizationManager<RequestAuthorizationContext> role = AuthorityAuthorizationManager
			.hasRole("ADMIN");
		role.setRoleHierarchy(roles);
		return AuthorizationManagers.allOf(role, AuthorityAuthorizationManager.hasAuthority("SCOPE_admin"));
	}

	private static AuthorityAuthorizationManager<RequestAuthorizationContext> agentRole(RoleHierarchy roles) {
		AuthorityAuthorizationManager<RequestAuthorizationContext> role = AuthorityAuthorizationManager
			.hasRole("AGENT");
		role.setRoleHierarchy(roles);
		return role;
	}

}
