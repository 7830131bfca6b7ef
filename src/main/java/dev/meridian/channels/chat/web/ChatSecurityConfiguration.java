package dev.meridian.channels.chat.web;

import dev.meridian.channels.chat.settings.ChatOrigins;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Visitors never sign in: the chat's endpoints are open, and each conversation checks its
 * own visitor token. No session and no CSRF token (nothing here rides on a cookie), so a
 * shop's page on another origin can call them.
 */
@Configuration(proxyBeanMethods = false)
class ChatSecurityConfiguration {

	@Bean
	@Order(0)
	SecurityFilterChain chat(HttpSecurity http, ChatOrigins origins) throws Exception {
		http.securityMatcher("/chat/**", "/widget.js")
			// Another site's page may call the chat only from an origin listed in the
			// configuration or in a market's widget settings.
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
