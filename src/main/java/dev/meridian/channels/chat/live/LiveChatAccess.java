package dev.meridian.channels.chat.live;

import java.security.Principal;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.channels.chat.ChatManagement;
import dev.meridian.channels.chat.VisitorNotRecognizedException;
import dev.meridian.tickets.TicketId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.simp.broker.AbstractBrokerMessageHandler;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.ExecutorChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.core.Authentication;
import org.springframework.security.messaging.web.csrf.XorCsrfChannelInterceptor;
import org.springframework.stereotype.Component;

/**
 * Who may do what on the broker. A visitor connects with their conversation and visitor
 * token (STOMP headers {@code conversation} and {@code visitor-token}) and may only hear
 * and speak in that conversation. An agent connects with the workspace's session and its
 * CSRF token, and may hear chat tickets and the chats' inbox. Nobody sends to a topic
 * directly: everything said goes through {@link LiveChatController}, which checks it.
 */
@Component
class LiveChatAccess implements ExecutorChannelInterceptor {

	enum Kind {

		VISITOR, AGENT

	}

	static final String CONVERSATION_HEADER = "conversation";

	static final String TOKEN_HEADER = "visitor-token";

	private final ChatManagement chats;

	private final LiveVisitors visitors;

	private final ChannelInterceptor csrf = new XorCsrfChannelInterceptor();

	private final LiveVisitorLines lines;

	LiveChatAccess(ChatManagement chats, @Lazy LiveVisitors visitors, @Lazy LiveVisitorLines lines) {
		this.chats = chats;
		this.visitors = visitors;
		this.lines = lines;
	}

	/**
	 * Once the broker has a visitor's subscription, the visitor's socket is told so
	 * ({@code {"type":"subscribed"}}), and the widget reads what it may have missed then.
	 * A read sent right after {@code SUBSCRIBE} could run before the broker had the
	 * subscription: a reply and a solve pushed in between reached nobody and were not in
	 * the read either, and the widget waited for them until a reload.
	 */
	@Override
	public void afterMessageHandled(Message<?> message, MessageChannel channel, MessageHandler handler,
			@Nullable Exception ex) {
		if (ex != null || !(handler instanceof AbstractBrokerMessageHandler)) {
			return;
		}
		StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
		if (stomp != null && stomp.getCommand() == StompCommand.SUBSCRIBE
				&& stomp.getUser() instanceof LiveVisitor visitor) {
			this.lines.subscribed(stomp.getSessionId(), stomp.getSubscriptionId(), visitor.conversation());
		}
	}

	@Override
	public Message<?> preSend(Message<?> message, MessageChannel channel) {
		StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
		if (stomp == null || stomp.getCommand() == null) {
			return message;
		}
		StompCommand command = stomp.getCommand();
		Kind kind = kind(stomp);
		if (command == StompCommand.CONNECT || command == StompCommand.STOMP) {
			connect(message, channel, stomp, kind);
			return message;
		}
		if (command == StompCommand.SUBSCRIBE) {
			requireAllowed(stomp.getUser(), stomp.getDestination(), "subscribe to");
			if (stomp.getUser() instanceof LiveVisitor) {
				LiveVisitorLines.rememberSubscription(stomp.getSessionAttributes(), stomp.getSubscriptionId());
			}
		}
		else if (command == StompCommand.UNSUBSCRIBE) {
			LiveVisitorLines.forgetSubscription(stomp.getSessionAttributes(), stomp.getSubscriptionId());
		}
		else if (command == StompCommand.SEND) {
			requireAllowed(stomp.getUser(), sendTopic(stomp.getDestination()), "send to");
			// For LiveVisitorLines: how long a line waited in the socket's queue.
			if (stomp.isMutable()) {
				stomp.setHeader(LiveVisitorLines.RECEIVED, System.nanoTime());
			}
		}
		return message;
	}

	private void connect(Message<?> message, MessageChannel channel, StompHeaderAccessor stomp, Kind kind) {
		if (kind == Kind.AGENT) {
			// The workspace's session came with the handshake; its CSRF token must come
			// with CONNECT, or another site's page could open a socket in the agent's
			// name.
			this.csrf.preSend(message, channel);
			if (!(stomp.getUser() instanceof Authentication agent) || !agent.isAuthenticated()) {
				throw new MessageDeliveryException("Sign in to the workspace first");
			}
			return;
		}
		String conversation = stomp.getFirstNativeHeader(CONVERSATION_HEADER);
		String token = stomp.getFirstNativeHeader(TOKEN_HEADER);
		UUID id;
		try {
			id = UUID.fromString(conversation == null ? "" : conversation.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new MessageDeliveryException("No such conversation");
		}
		try {
			TicketId ticket = this.chats.recognize(id, token);
			LiveVisitor visitor = new LiveVisitor(id, ticket, token == null ? "" : token.strip());
			stomp.setUser(visitor);
			String session = stomp.getSessionId();
			if (session != null) {
				this.visitors.connected(session, visitor);
			}
		}
		catch (VisitorNotRecognizedException ex) {
			throw new MessageDeliveryException("Visitor not recognized");
		}
	}

	private void requireAllowed(@Nullable Principal user, @Nullable String destination, String what) {
		if (user == null || destination == null || !allowed(user, destination)) {
			throw new MessageDeliveryException("Not allowed to " + what + " " + destination);
		}
	}

	private boolean allowed(Principal user, String destination) {
		if (user instanceof LiveVisitor visitor) {
			return LiveTopics.conversationIn(destination).filter(visitor.conversation()::equals).isPresent();
		}
		if (user instanceof Authentication agent && agent.isAuthenticated()) {
			if (LiveTopics.CHATS.equals(destination)) {
				return true;
			}
			Optional<TicketId> ticket = LiveTopics.ticketIn(destination);
			return ticket.isPresent() && this.chats.conversationOf(ticket.get()).isPresent();
		}
		return false;
	}

	/**
	 * What a sent frame speaks to, as a topic: {@code /live/chat.<id>.typing} speaks in
	 * the conversation's topic, {@code /live/ticket.<id>.read} in the ticket's.
	 */
	private static @Nullable String sendTopic(@Nullable String destination) {
		if (destination == null || !destination.startsWith("/live/")) {
			return null;
		}
		String rest = destination.substring("/live/".length());
		int lastDot = rest.lastIndexOf('.');
		return lastDot < 0 ? null : "/topic/" + rest.substring(0, lastDot);
	}

	private static Kind kind(StompHeaderAccessor stomp) {
		Map<String, Object> attributes = stomp.getSessionAttributes();
		Object kind = attributes == null ? null : attributes.get(LiveChatConfiguration.KIND);
		return kind instanceof Kind known ? known : Kind.VISITOR;
	}

}
