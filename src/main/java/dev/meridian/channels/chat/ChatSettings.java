package dev.meridian.channels.chat;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The chat's settings ({@code meridian.chat.*}).
 *
 * @param identitySecret the secret a shop signs its customers' identities with
 * (HMAC-SHA256 of the email address); without it, visitors are anonymous
 * @param maxMessageChars the longest message a visitor may send, in characters
 * @param tokenLifetime how long a visitor token lives after its last use
 * @param connectedFor how long after a visitor's last request they count as connected
 * (replies go to the chat, not by mail)
 * @param messagesPerMinute how many messages one conversation may send per minute
 * @param conversationsPerHour how many conversations one address may open per hour
 * @param allowedOrigins the shops' sites that may embed the widget and call the chat
 * ({@code https://shop.example}, or patterns such as {@code https://*.shop.example});
 * none: only pages served by Meridian itself
 * @param concurrentMessages how many visitors' lines this node works on at once
 * @param busyWait how long a line waits for its turn before it is refused as "busy"
 */
@ConfigurationProperties("meridian.chat")
public record ChatSettings(@Nullable String identitySecret, @DefaultValue("4000") int maxMessageChars,
		@DefaultValue("30d") Duration tokenLifetime, @DefaultValue("90s") Duration connectedFor,
		@DefaultValue("20") int messagesPerMinute, @DefaultValue("300") int conversationsPerHour,
		@DefaultValue List<String> allowedOrigins, @DefaultValue("16") int concurrentMessages,
		@DefaultValue("500ms") Duration busyWait) {

	public ChatSettings {
		if (concurrentMessages < 1) {
			throw new IllegalArgumentException(
					"meridian.chat.concurrent-messages must be at least 1, got " + concurrentMessages);
		}
	}

}
