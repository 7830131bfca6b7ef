package dev.meridian.language.engines;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * LibreTranslate ({@code meridian.language.libretranslate.*}): enabled when the URL of an
 * instance is set ({@code MERIDIAN_LANGUAGE_LIBRETRANSLATE_URL}).
 */
@org.springframework.boot.context.properties.ConfigurationProperties("meridian.language.libretranslate")
public record LibreTranslateSettings(@Nullable URI url, @Nullable String apiKey) {
}
