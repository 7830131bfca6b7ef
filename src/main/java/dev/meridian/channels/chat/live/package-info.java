/**
 * The chat live: visitors and agents connected over WebSocket with STOMP, pushed each
 * message once it is stored, typing and read state, and long polling for networks that
 * block WebSockets. One node uses Spring's in-memory broker; several share RabbitMQ
 * through the STOMP broker relay.
 */
@NullMarked
package dev.meridian.channels.chat.live;

import org.jspecify.annotations.NullMarked;
