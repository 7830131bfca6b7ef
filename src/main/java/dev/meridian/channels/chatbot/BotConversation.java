package dev.meridian.channels.chatbot;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the bot keeps of a chat conversation.
 *
 * @param unhelpfulInRow unhelpful answers in a row: a "No", or no answer the bot was sure
 * of; the second hands over
 * @param awaitingIntent an order question the bot asked the order number and address for
 */
record BotConversation(UUID conversation, UUID ticket, String language, int answered, boolean confirmed,
		int unhelpfulInRow, @Nullable String awaitingIntent, boolean handedOff) {
}
