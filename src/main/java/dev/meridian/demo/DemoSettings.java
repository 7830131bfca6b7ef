package dev.meridian.demo;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo data settings.
 *
 * @param enabled load demo data on first start; unset means "in the embedded mode only"
 * ({@code MERIDIAN_DEMO_ENABLED})
 * @param password the demo agents' password ({@code MERIDIAN_DEMO_PASSWORD}); unset means
 * one generated for this installation ({@link DemoPassword})
 */
@ConfigurationProperties("meridian.demo")
record DemoSettings(@Nullable Boolean enabled, @Nullable String password) {
}
