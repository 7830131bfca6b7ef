package dev.meridian.support;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Points the tests at {@code MERIDIAN_TEST_DATABASE_URL} when CI sets it, and starts
 * every run from an empty schema.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestDatabase {

	static final String URL = System.getenv("MERIDIAN_TEST_DATABASE_URL");

	@Bean
	DynamicPropertyRegistrar externalDatabase() {
		return registry -> {
			if (URL != null && !URL.isBlank()) {
				registry.add("meridian.database.url", () -> URL);
				registry.add("meridian.database.user",
						() -> System.getenv().getOrDefault("MERIDIAN_TEST_DATABASE_USER", "postgres"));
				registry.add("meridian.database.password",
						() -> System.getenv().getOrDefault("MERIDIAN_TEST_DATABASE_PASSWORD", ""));
			}
		};
	}

	@Bean
	FlywayMigrationStrategy cleanThenMigrate() {
		return flyway -> {
			flyway.clean();
			flyway.migrate();
		};
	}

}
