package dev.meridian.feedback.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Customers answer surveys without signing in: the survey's page and its JSON API are
 * open, and the secret token in the link is the only key. No session and no CSRF token: a
 * forged request would need the token itself, and with it the customer could answer
 * anyway.
 */
@Configuration(proxyBeanMethods = false)
class FeedbackSecurityConfiguration {

	@Bean
	@Order(0)
	SecurityFilterChain feedback(HttpSecurity http) throws Exception {
		http.securityMatcher("/feedback/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.httpBasic(basic -> basic.disable())
			.formLogin(form -> form.disable())
			.headers(headers -> headers
				.contentSecurityPolicy(
						csp -> csp.policyDirectives("default-src 'self'; style-src 'self' 'unsafe-inline'; "
								+ "frame-ancestors 'none'; form-action 'self'"))
				// The token is in the address: it must not leak to other sites.
				.referrerPolicy(referrer -> referrer.policy(
						org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
		return http.build();
	}

}
