package dev.meridian.web.api;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Orders the filters that need to know the caller after Spring Security's.
 */
@Configuration(proxyBeanMethods = false)
class ApiFilterConfiguration {

	/** Spring Security's filter chain runs at order -100. */
	private static final int AFTER_SECURITY = 0;

	@Bean
	FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyRecords records, ProblemWriter problems,
			PlatformTransactionManager transactions, JsonMapper json, ApiHandlers handlers) {
		FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
				new IdempotencyFilter(records, problems, transactions, json, handlers));
		registration.addUrlPatterns("/api/*");
		registration.setOrder(AFTER_SECURITY);
		return registration;
	}

}
