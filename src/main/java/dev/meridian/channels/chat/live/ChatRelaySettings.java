package dev.meridian.channels.chat.live;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The STOMP broker the chat nodes share ({@code meridian.chat.relay.*}): RabbitMQ with
 * its {@code rabbitmq_stomp} plugin. Without a host, each node keeps its connections in
 * its own in-memory broker (one node only).
 *
 * @param host the broker's host; none: the in-memory broker
 * @param port its STOMP port
 * @param login the broker user the nodes connect as (required with a host)
 * @param passcode that user's password (required with a host)
 * @param virtualHost the broker's virtual host
 */
@ConfigurationProperties("meridian.chat.relay")
public record ChatRelaySettings(@Nullable String host, @DefaultValue("61613") int port, @Nullable String login,
		@Nullable String passcode, @DefaultValue("/") String virtualHost) {

	public ChatRelaySettings {
		if (host != null && !host.isBlank() && (login == null || login.isBlank() || passcode == null)) {
			// Never fall back to a guest account: RabbitMQ refuses it from other hosts,
			// and a cluster must not start half-connected.
			throw new IllegalStateException(
					"meridian.chat.relay.host is set: set MERIDIAN_CHAT_RELAY_LOGIN and MERIDIAN_CHAT_RELAY_PASSCODE too");
		}
	}

	boolean enabled() {
		return this.host != null && !this.host.isBlank();
	}

}
