package dev.meridian.commerce.shipments;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The secret the tracking webhook's sender signs with ({@code
 * meridian.commerce.tracking.secret}, from the environment:
 * {@code MERIDIAN_COMMERCE_TRACKING_SECRET}). Without one every delivery is refused.
 */
@ConfigurationProperties("meridian.commerce.tracking")
public record TrackingSettings(@Nullable String secret) {

	public Optional<String> configuredSecret() {
		return Optional.ofNullable(this.secret).filter(s -> !s.isBlank());
	}

}
