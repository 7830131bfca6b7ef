package dev.meridian.demo;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The demo mode (embedded database with demo data, the default) listens on the loopback
 * interface only, unless the operator sets {@code server.address}
 * ({@code SERVER_ADDRESS}): demo accounts are for trying Meridian on one's own machine,
 * not for a network to reach. Decided before the web server starts, from the same
 * settings {@link DemoData} reads.
 */
class DemoListensOnLoopback implements EnvironmentPostProcessor, Ordered {

	static final String LOOPBACK = "127.0.0.1";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String url = environment.getProperty("meridian.database.url", "");
		String enabled = environment.getProperty("meridian.demo.enabled", "");
		boolean demo = enabled.isBlank() ? url.isBlank() : Boolean.parseBoolean(enabled.strip());
		if (demo && !environment.containsProperty("server.address")) {
			environment.getPropertySources()
				.addLast(new MapPropertySource("meridianDemoLoopback", Map.of("server.address", LOOPBACK)));
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
