package dev.meridian.language.engines;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Google Cloud Translation Basic (v2) ({@code meridian.language.google.*}): enabled when
 * an API key is set ({@code MERIDIAN_LANGUAGE_GOOGLE_APIKEY}).
 */
@ConfigurationProperties("meridian.language.google")
public record GoogleTranslateSettings(@DefaultValue("https://translation.googleapis.com") URI url,
		@Nullable String apiKey) {
}
