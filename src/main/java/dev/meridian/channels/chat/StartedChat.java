package dev.meridian.channels.chat;

import java.util.UUID;

import dev.meridian.tickets.TicketId;

/**
 * A conversation just opened: its id, the token only the visitor's browser holds, and the
 * ticket agents answer it on.
 */
public record StartedChat(UUID conversation, String visitorToken, TicketId ticket) {

}
