package dev.meridian.privacy;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Privacy settings ({@code meridian.privacy.*}).
 *
 * @param exportLinkValidity how long an export's download link works (it works once)
 */
@ConfigurationProperties("meridian.privacy")
public record PrivacySettings(@DefaultValue("72h") Duration exportLinkValidity) {

}
