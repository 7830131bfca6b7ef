package dev.meridian.language.engines;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * DeepL API ({@code meridian.language.deepl.*}): enabled when an authentication key is
 * set ({@code MERIDIAN_LANGUAGE_DEEPL_AUTHKEY}); {@code url} is
 * {@code https://api.deepl.com} for Pro keys.
 */
@ConfigurationProperties("meridian.language.deepl")
public record DeepLSettings(@DefaultValue("https://api-free.deepl.com") URI url, @Nullable String authKey) {
}
