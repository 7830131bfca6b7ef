package dev.meridian.privacy;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The key stored secrets are sealed with ({@code meridian.secrets.key}, from the
 * environment as {@code MERIDIAN_SECRETS_KEY}): 32 random bytes in base64.
 *
 * @param key the key; required with an external database
 */
@ConfigurationProperties("meridian.secrets")
public record SecretsSettings(@Nullable String key) {

}
