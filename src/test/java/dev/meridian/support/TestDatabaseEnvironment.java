package dev.meridian.support;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the test server at {@code MERIDIAN_TEST_DATABASE_URL} before anything reads the
 * database settings. {@link TestDatabase}'s dynamic properties arrive too late for two
 * readers: {@code EarlyEmbeddedPostgres}, which decides at context initialization whether
 * to start the embedded PostgreSQL, and the data source, which infrastructure beans
 * create before dynamic properties are registered; so integration runs used the embedded
 * PostgreSQL even with the variable set. Registered in the tests'
 * {@code META-INF/spring.factories}. Last in precedence: a server a test starts with a
 * database of its own ({@code --meridian.database.url=...}, or empty for embedded) keeps
 * it.
 */
public class TestDatabaseEnvironment implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String url = TestDatabase.URL;
		if (url == null || url.isBlank()) {
			return;
		}
		environment.getPropertySources()
			.addLast(new MapPropertySource("meridianTestDatabase",
					Map.of("meridian.database.url", url, "meridian.database.user",
							System.getenv().getOrDefault("MERIDIAN_TEST_DATABASE_USER", "postgres"),
							"meridian.database.password",
							System.getenv().getOrDefault("MERIDIAN_TEST_DATABASE_PASSWORD", ""))));
	}

}
