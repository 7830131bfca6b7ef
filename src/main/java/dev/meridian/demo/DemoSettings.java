package dev.meridian.demo;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo data settings.
 *
 * @param enabled load demo data on first start; unset means "in the embedded mode only"
 * ({@code MERIDIAN_DEMO_ENABLED})
 * @param password the demo agents' password ({@code MERIDIAN_DEMO_PASSWORD})
 */
@ConfigurationProperties("meridian.demo")
record DemoSettings(@Nullable Boolean enabled, @DefaultValue("meridian-demo") String password) {
}
