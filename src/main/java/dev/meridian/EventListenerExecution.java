package dev.meridian;

import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads that run the asynchronous event listeners (every
 * {@code @ApplicationModuleListener}: routing, SLA clocks, translations, rollups, mail).
 * <p>
 * Without this, {@code @Async} found no single executor (the chat's WebSocket broker
 * defines three, so Spring Boot's own steps aside) and fell back to a new platform thread
 * per listener run, unbounded: a burst of tickets started more listener threads than the
 * database pool has connections, and listener runs failed waiting for one (measured in
 * issue 11 at 16 concurrent ticket requests). A fixed pool with an unbounded queue caps
 * the listeners' share of the connections and never blocks the publisher, so a listener
 * that publishes events of its own cannot wait on a thread its kind holds. A queued run
 * that a shutdown drops is not lost: its publication stays incomplete in the database and
 * is run again ({@link FailedEventRetries}, and at the next start).
 */
@Configuration(proxyBeanMethods = false)
class EventListenerExecution {

	private static final Logger log = LoggerFactory.getLogger(EventListenerExecution.class);

	/**
	 * A bean, so that the context stops it (its lifecycle) before it closes the database
	 * pool: runs still queued then are left to the retries rather than failing on a
	 * closed pool.
	 */
	@Bean
	ThreadPoolTaskExecutor listenerExecutor(@Value("${meridian.events.listener-threads:8}") int threads) {
		if (threads < 1) {
			throw new IllegalArgumentException("meridian.events.listener-threads must be at least 1, got " + threads);
		}
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setThreadNamePrefix("listener-");
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(10);
		return executor;
	}

	@Bean
	AsyncConfigurer listenerAsyncConfigurer(@Qualifier("listenerExecutor") ThreadPoolTaskExecutor listenerExecutor) {
		return new AsyncConfigurer() {

			@Override
			public Executor getAsyncExecutor() {
				return listenerExecutor;
			}

			@Override
			public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
				return (ex, method, params) -> log.warn("Listener {} failed: {}", method.getName(), ex.getMessage(),
						ex);
			}

		};
	}

}
