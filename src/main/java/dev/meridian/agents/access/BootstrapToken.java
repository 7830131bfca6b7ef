package dev.meridian.agents.access;

import java.util.EnumSet;

import dev.meridian.agents.ApiTokenManagement;
import dev.meridian.agents.Role;
import dev.meridian.agents.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * For automation: {@code MERIDIAN_BOOTSTRAP_TOKEN}, when set, becomes an admin API token
 * with every scope (once; later starts find it registered), the way Keycloak bootstraps
 * its first admin. Revoke it through the API once real tokens exist.
 */
@Component
@Order(0)
class BootstrapToken implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BootstrapToken.class);

	private final ApiTokenManagement tokens;

	private final String secret;

	BootstrapToken(ApiTokenManagement tokens, @Value("${meridian.bootstrap-token:}") String secret) {
		this.tokens = tokens;
		this.secret = secret;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.secret.isBlank()) {
			return;
		}
		if (this.secret.strip().length() < 16) {
			log.warn("MERIDIAN_BOOTSTRAP_TOKEN is shorter than 16 characters; use a long random value");
		}
		if (this.tokens.register("bootstrap", this.secret.strip(), Role.ADMIN, EnumSet.allOf(Scope.class))) {
			log.info("Registered the admin API token from MERIDIAN_BOOTSTRAP_TOKEN");
		}
	}

}
