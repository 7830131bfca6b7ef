package dev.meridian.channels.chat.offline;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Continuing chats by email ({@code meridian.chat.offline.*}).
 *
 * @param confirmationValidity how long the link that confirms a typed address works
 * @param confirmationsPerHour how many confirmation mails one conversation may cause per
 * hour (a visitor typing strangers' addresses does not flood their inboxes)
 * @param confirmationsPerAddress how many confirmation mails one address gets per day,
 * whatever the conversations asking (many conversations cannot flood one inbox either)
 * @param publicUrl the address visitors reach the server at, for mailed links
 * ({@code MERIDIAN_CHAT_OFFLINE_PUBLICURL}); unset: the help center's
 * ({@code meridian.help.contact.public-url}), else {@code http://localhost:PORT}. Never
 * taken from a request's Host header, which the sender controls
 */
@ConfigurationProperties("meridian.chat.offline")
public record OfflineSettings(@DefaultValue("48h") Duration confirmationValidity,
		@DefaultValue("3") int confirmationsPerHour, @DefaultValue("3") int confirmationsPerAddress,
		@Nullable String publicUrl) {
}
