package dev.meridian.channels.chat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import dev.meridian.customers.CustomerId;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.TicketId;
import org.jspecify.annotations.Nullable;

/**
 * A conversation as the chat's own features (continuing by mail, transcripts) need it.
 *
 * @param customer the customer the conversation's messages are from: the visitor's own,
 * the one the shop vouched for, or the owner of an address they confirmed
 * @param contactEmail the last address the visitor typed, not proof of anything
 * @param identified the shop vouched for the visitor
 * @param endedAt when the visitor ended the chat, if they did
 */
public record ChatVisitor(UUID conversation, TicketId ticket, CustomerId customer, LanguageTag language,
		@Nullable ZoneId zone, @Nullable String market, @Nullable String contactEmail, boolean identified,
		@Nullable Instant endedAt) {

	static ChatVisitor of(ChatConversation conversation) {
		return new ChatVisitor(conversation.id(), conversation.ticket(), conversation.customer(), conversation.locale(),
				conversation.zone().orElse(null), conversation.market().orElse(null),
				conversation.contactEmail().orElse(null), conversation.identified(),
				conversation.endedAt().orElse(null));
	}

}
