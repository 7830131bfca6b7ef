package dev.meridian.web.api;

import java.time.Clock;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Orders the filters that need to know the caller after Spring Security's.
 */
@Configuration(proxyBeanMethods = false)
class ApiFilterConfiguration {

	/** Spring Security's filter chain runs at order -100. */
	private static final int AFTER_SECURITY = 0;

	@Bean
	FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyRecords records, ProblemWriter problems,
			Clock clock) {
		FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
				new IdempotencyFilter(records, problems, clock));
		registration.addUrlPatterns("/api/*");
		registration.setOrder(AFTER_SECURITY);
		return registration;
	}

}
