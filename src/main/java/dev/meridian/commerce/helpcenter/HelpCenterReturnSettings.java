package dev.meridian.commerce.helpcenter;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the help center's return pages ({@code meridian.help.returns.*}).
 *
 * @param perAddress order look-ups one email address may make per window
 * @param perClient order look-ups one client (IP address) may make per window
 * @param window the sliding window of both limits
 * @param linkValidity how long the mailed link works (once)
 * @param accessValidity how long the return page stays open after the link was followed
 * @param publicUrl the address customers reach the server at, for the mailed link
 * ({@code MERIDIAN_HELP_RETURNS_PUBLICURL}); unset, the contact form's
 * ({@code meridian.help.contact.public-url}), else {@code http://localhost:PORT}. Never
 * taken from the request's Host header, which the sender controls.
 */
@ConfigurationProperties("meridian.help.returns")
public record HelpCenterReturnSettings(@DefaultValue("5") int perAddress, @DefaultValue("20") int perClient,
		@DefaultValue("1h") Duration window, @DefaultValue("24h") Duration linkValidity,
		@DefaultValue("1h") Duration accessValidity, @Nullable String publicUrl) {
}
