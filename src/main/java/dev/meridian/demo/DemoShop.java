package dev.meridian.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

import dev.meridian.database.DatabaseMode;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A small shop page with the chat widget embedded by its one script tag, at
 * {@code /demo/shop}, so a newcomer sees the widget on the first start, served from
 * Meridian's own origin (no allowed origins to configure). Only while the demo is
 * enabled; otherwise the address does not exist.
 */
@RestController
class DemoShop {

	static final String PATH = "/demo/shop";

	private final boolean enabled;

	DemoShop(DemoSettings settings, DatabaseMode mode) {
		this.enabled = DemoData.wanted(settings, mode);
	}

	@GetMapping(PATH)
	ResponseEntity<byte[]> page() throws IOException {
		if (!this.enabled) {
			return ResponseEntity.notFound().build();
		}
		try (InputStream in = new ClassPathResource("demo/shop.html").getInputStream()) {
			return ResponseEntity.ok()
				.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
				.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
				.body(in.readAllBytes());
		}
	}

	/** The shop is a public page: nobody signs in to look at it. */
	@Configuration(proxyBeanMethods = false)
	static class Security {

		@Bean
		@Order(1)
		SecurityFilterChain demoShopPage(HttpSecurity http) throws Exception {
			http.securityMatcher(PATH)
				.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
				.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.csrf(csrf -> csrf.disable())
				.requestCache(cache -> cache.disable())
				.httpBasic(basic -> basic.disable())
				.formLogin(form -> form.disable());
			return http.build();
		}

	}

}
