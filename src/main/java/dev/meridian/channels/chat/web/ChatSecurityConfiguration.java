package dev.meridian.channels.chat.web;

import java.util.List;

import dev.meridian.channels.chat.ChatSettings;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Visitors never sign in: the chat's endpoints are open, and each conversation checks its
 * own visitor token. No session and no CSRF token (nothing here rides on a cookie), so a
 * shop's page on another origin can call them.
 */
@Configuration(proxyBeanMethods = false)
class ChatSecurityConfiguration {

	@Bean
	@Order(0)
	SecurityFilterChain chat(HttpSecurity http, ChatSettings settings) throws Exception {
		CorsConfiguration cors = new CorsConfiguration();
		// Exact origins or patterns such as https://*.shop.example or
		// http://localhost:[*].
		cors.setAllowedOriginPatterns(settings.allowedOrigins());
		cors.setAllowedMethods(List.of("GET", "POST"));
		cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept-Language"));
		cors.setExposedHeaders(List.of("Retry-After"));
		cors.setMaxAge(3600L);
		UrlBasedCorsConfigurationSource origins = new UrlBasedCorsConfigurationSource();
		origins.registerCorsConfiguration("/chat/**", cors);
		http.securityMatcher("/chat/**", "/widget.js")
			// Another site's page may call the chat only from an origin a shop listed.
			.cors(c -> c.configurationSource(origins))
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.httpBasic(basic -> basic.disable())
			.formLogin(form -> form.disable());
		return http.build();
	}

}
