package dev.meridian.language.engines;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the engines' HTTP clients behave ({@code meridian.language.engine.*}).
 *
 * @param connectTimeout to open a connection
 * @param timeout for a whole request
 * @param maxAttempts attempts per translation when an engine limits the rate or is
 * briefly unavailable (429, 503) or times out
 * @param backoff the first wait between attempts, doubled each time, unless the engine
 * says how long in {@code Retry-After}
 * @param maxWait the longest wait between attempts; an engine asking for more is reported
 * unavailable and the translation tried again later
 */
@ConfigurationProperties("meridian.language.engine")
public record EngineHttpSettings(@DefaultValue("3s") Duration connectTimeout, @DefaultValue("15s") Duration timeout,
		@DefaultValue("3") int maxAttempts, @DefaultValue("500ms") Duration backoff,
		@DefaultValue("10s") Duration maxWait) {
}
