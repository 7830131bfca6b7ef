package dev.meridian.knowledge.contact;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the help center's contact form ({@code meridian.help.contact.*}).
 *
 * @param perAddress requests one email address may send per window
 * @param perClient requests one client (IP address) may send per window
 * @param window the sliding window of both limits
 * @param maxMessageLength the longest message accepted, in characters
 * @param confirmationValidity how long the confirmation link of a held request works
 * @param publicUrl the address readers reach the server at, for the link in the
 * confirmation mail ({@code MERIDIAN_HELP_CONTACT_PUBLICURL}); never taken from the
 * request's Host header, which the sender controls. Unset: {@code http://localhost:PORT}
 */
@ConfigurationProperties("meridian.help.contact")
public record ContactSettings(@DefaultValue("5") int perAddress, @DefaultValue("20") int perClient,
		@DefaultValue("1h") Duration window, @DefaultValue("10000") int maxMessageLength,
		@DefaultValue("48h") Duration confirmationValidity, @Nullable String publicUrl) {

	/** Where readers reach the server, without a trailing slash. */
	String baseUrl(org.springframework.core.env.Environment environment) {
		if (this.publicUrl != null && !this.publicUrl.isBlank()) {
			return this.publicUrl.endsWith("/") ? this.publicUrl.substring(0, this.publicUrl.length() - 1)
					: this.publicUrl;
		}
		return "http://localhost:" + environment.getProperty("local.server.port", "8080");
	}

}
