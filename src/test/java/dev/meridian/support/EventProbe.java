package dev.meridian.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * An event and a listener that fails on its first attempt for each event, for tests of
 * what happens to failed listeners. Registered in every integration-test server.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EventProbe {

	private static final Map<String, Integer> ATTEMPTS = new ConcurrentHashMap<>();

	/** Published by a test; its listener fails the first time. */
	public record Poked(String id) {
	}

	/** How often the listener has run for the event with this id. */
	public static int attempts(String id) {
		return ATTEMPTS.getOrDefault(id, 0);
	}

	@Bean
	FailingOnce failingOnce() {
		return new FailingOnce();
	}

	static class FailingOnce {

		@ApplicationModuleListener
		void on(Poked event) {
			if (ATTEMPTS.merge(event.id(), 1, Integer::sum) == 1) {
				throw new IllegalStateException("First attempt fails on purpose");
			}
		}

	}

}
