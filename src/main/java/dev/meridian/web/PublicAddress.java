package dev.meridian.web;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The address customers and visitors reach this server at, for links in mail, in the chat
 * widget on a shop's site and in the bot's answers: never taken from a request's
 * {@code Host} header, which a sender of a forged request chooses. A feature's own
 * setting (e.g. {@code meridian.feedback.public-url}) comes first, then
 * {@code meridian.public-url}, then the help center's contact setting (the first of these
 * settings, kept for installations that set only it), else this server on localhost.
 */
@Component
public class PublicAddress {

	private static final String[] SHARED = { "meridian.public-url", "meridian.help.contact.public-url" };

	private final Environment environment;

	PublicAddress(Environment environment) {
		this.environment = environment;
	}

	/** The configured address without a trailing slash, the feature's own first. */
	public Optional<String> configured(@Nullable String own) {
		if (own != null && !own.isBlank()) {
			return Optional.of(trimmed(own));
		}
		for (String property : SHARED) {
			String value = this.environment.getProperty(property);
			if (value != null && !value.isBlank()) {
				return Optional.of(trimmed(value));
			}
		}
		return Optional.empty();
	}

	/** The configured address, else {@code http://localhost:PORT}. */
	public String base(@Nullable String own) {
		return configured(own)
			.orElseGet(() -> "http://localhost:" + this.environment.getProperty("local.server.port", "8080"));
	}

	private static String trimmed(String address) {
		String stripped = address.strip();
		int end = stripped.length();
		while (end > 0 && stripped.charAt(end - 1) == '/') {
			end--;
		}
		return stripped.substring(0, end);
	}

}
