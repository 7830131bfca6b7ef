package dev.meridian.privacy;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The key stored secrets are sealed with ({@code meridian.secrets.key}, from the
 * environment as {@code MERIDIAN_SECRETS_KEY}): 32 random bytes in base64.
 *
 * @param key the key; required with an external database
 * @param previousKeys keys secrets may still be sealed with
 * ({@code MERIDIAN_SECRETS_PREVIOUSKEYS}, comma-separated): while a key is rotated,
 * values sealed with one of them still open, and are sealed again with {@code key} on
 * start
 */
@ConfigurationProperties("meridian.secrets")
public record SecretsSettings(@Nullable String key, @Nullable List<String> previousKeys) {

	public SecretsSettings {
		previousKeys = previousKeys == null ? List.of()
				: previousKeys.stream().filter(k -> k != null && !k.isBlank()).toList();
	}

}
