package dev.meridian.channels.chat.live;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.meridian.DomainException;
import dev.meridian.channels.chat.ChatBusyException;
import dev.meridian.channels.chat.ChatFloodException;
import dev.meridian.channels.chat.ChatManagement;
import dev.meridian.channels.chat.ChatMessageTooLongException;
import dev.meridian.channels.chat.ChatSettings;
import dev.meridian.channels.chat.ChatTexts;
import dev.meridian.channels.chat.VisitorNotRecognizedException;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.Message;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.handler.annotation.DestinationVariable;
import org.springframework.messaging.handler.annotation.Headers;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Controller;

/**
 * A visitor's line sent over the widget's open socket ({@code /live/chat.<id>.say}, JSON
 * {@code {ref, text, page}}) instead of
 * {@code POST /chat/v1/conversations/<id>/messages}: stored the same way, through
 * {@link ChatManagement#post}, and answered with {@code accepted} (the message's id and
 * the line as the visitor's widgets show it) or {@code refused} (the status the HTTP API
 * would give, and the same note in the visitor's language), both carrying the widget's
 * {@code ref}.
 * <p>
 * The answer goes to the socket that sent the line, on its subscription to the
 * conversation's topic, without passing through the broker: only that widget waits for
 * it, and through RabbitMQ every answer was a frame written by the node, routed by the
 * broker and read back by the same node, half of what the relay carried per line. The
 * visitor's other tabs hear of the line from the sending tab, in the browser (the
 * widget's {@code BroadcastChannel}); a tab without one reads it on its next (re)connect.
 * A socket that has not subscribed yet is answered on the topic, as before.
 * <p>
 * Why: the socket is open anyway, and at a few hundred lines a second a node spent a
 * quarter of its time on the HTTP request around each line (finding the handler among the
 * application's hundreds, the security filters, reading and writing JSON, the screens'
 * model attributes) and the load generator as much on its HTTP client.
 * <p>
 * A line that waited in the socket's queue longer than a line waits for its turn over
 * HTTP ({@code meridian.chat.busy-wait}) is refused as busy without being worked on, as
 * over HTTP: a node sent more than it can take refuses the rest instead of falling behind
 * on all of them.
 */
@Controller
class LiveVisitorLines {

	private static final Logger log = LoggerFactory.getLogger(LiveVisitorLines.class);

	/**
	 * When the socket's frame arrived ({@code System.nanoTime()}), set by LiveChatAccess.
	 */
	static final String RECEIVED = "meridian.received";

	/**
	 * The session attribute holding the id of the visitor's subscription to their
	 * conversation's topic (the only topic a visitor may subscribe to).
	 */
	private static final String SUBSCRIPTION = "meridian.live.subscription";

	private final ChatManagement chats;

	private final SimpMessagingTemplate broker;

	/** Straight to one socket's subscription, past the broker. */
	private final SimpMessagingTemplate toSender;

	private final ChatTexts texts;

	private final Duration busyWait;

	LiveVisitorLines(ChatManagement chats, SimpMessagingTemplate broker,
			@Qualifier("clientOutboundChannel") MessageChannel clientOutbound, ChatTexts texts, ChatSettings settings) {
		this.chats = chats;
		this.broker = broker;
		this.toSender = new SimpMessagingTemplate(clientOutbound);
		this.toSender.setMessageConverter(broker.getMessageConverter());
		this.texts = texts;
		this.busyWait = settings.busyWait();
	}

	record Line(@Nullable String ref, @Nullable String text, @Nullable String page) {
	}

	/**
	 * The sender and the time of arrival are read from the frame's headers rather than as
	 * a {@code Principal} and an optional {@code @Header} ({@link LiveVisitor#sender}
	 * says why).
	 */
	@MessageMapping("chat.{conversation}.say")
	void say(@DestinationVariable UUID conversation, @Payload Line line, @Headers Map<String, Object> headers) {
		LiveVisitor visitor = LiveVisitor.sender(headers, conversation);
		if (visitor == null) {
			return;
		}
		Long received = headers.get(RECEIVED) instanceof Long at ? at : null;
		String ref = line.ref() == null ? "" : line.ref();
		Object answer;
		try {
			if (received != null && System.nanoTime() - received > this.busyWait.toNanos()) {
				throw new ChatBusyException(this.busyWait);
			}
			// The line's push leaves out the copy for the visitor's widgets: the answer
			// carries it, and a typed line has no files to read.
			Message message = this.chats.say(conversation, visitor.token(), line.text(), line.page());
			answer = new LiveNotices.Accepted("accepted", ref, message.id().value(), message.createdAt(),
					new LiveNotices.Item(message.id().value(), new LiveNotices.Author("customer"), message.text(),
							message.language().value(), message.createdAt(), false, null, List.of(), null));
		}
		catch (ChatBusyException ex) {
			answer = refused(visitor, ref, 503, seconds(ex.retryAfter()), "chat.error.busy");
		}
		catch (ChatFloodException ex) {
			long seconds = seconds(ex.retryAfter());
			answer = refused(visitor, ref, 429, seconds, "chat.error.flood", seconds);
		}
		catch (ChatMessageTooLongException ex) {
			answer = refused(visitor, ref, 413, null, "chat.error.tooLong", ex.maxChars());
		}
		catch (VisitorNotRecognizedException ex) {
			answer = refused(visitor, ref, 401, null, "chat.error.unauthorized");
		}
		catch (DomainException ex) {
			// An empty line: the widget never sends one.
			log.debug("Line refused in conversation {}: {}", conversation, ex.getMessage());
			answer = refused(visitor, ref, 400, null, "chat.widget.failed");
		}
		answer(headers, conversation, answer);
	}

	private void answer(Map<String, Object> headers, UUID conversation, Object answer) {
		String destination = LiveTopics.conversation(conversation);
		String session = SimpMessageHeaderAccessor.getSessionId(headers);
		Map<String, Object> attributes = SimpMessageHeaderAccessor.getSessionAttributes(headers);
		if (session == null || attributes == null || !(attributes.get(SUBSCRIPTION) instanceof String subscription)) {
			this.broker.convertAndSend(destination, answer);
			return;
		}
		this.toSender.convertAndSend(destination, answer, toSocket(session, subscription));
	}

	/** Tells a visitor's socket that the broker has its subscription. */
	void subscribed(@Nullable String session, @Nullable String subscription, UUID conversation) {
		if (session == null || subscription == null) {
			return;
		}
		try {
			this.toSender.convertAndSend(LiveTopics.conversation(conversation),
					new LiveNotices.Subscribed("subscribed"), toSocket(session, subscription));
		}
		catch (RuntimeException ex) {
			// The socket closed meanwhile: it reads everything when it reconnects.
			log.debug("Could not tell {} it is subscribed: {}", session, ex.getMessage());
		}
	}

	/** Headers that take a frame to one socket's subscription, past the broker. */
	private static MessageHeaders toSocket(String session, String subscription) {
		SimpMessageHeaderAccessor toSocket = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
		toSocket.setSessionId(session);
		toSocket.setSubscriptionId(subscription);
		toSocket.setLeaveMutable(true);
		return toSocket.getMessageHeaders();
	}

	/** A visitor's socket subscribed to their conversation's topic. */
	static void rememberSubscription(@Nullable Map<String, Object> sessionAttributes, @Nullable String subscription) {
		if (sessionAttributes != null && subscription != null) {
			sessionAttributes.put(SUBSCRIPTION, subscription);
		}
	}

	static void forgetSubscription(@Nullable Map<String, Object> sessionAttributes, @Nullable String subscription) {
		if (sessionAttributes != null && subscription != null) {
			sessionAttributes.remove(SUBSCRIPTION, subscription);
		}
	}

	private LiveNotices.Refused refused(LiveVisitor visitor, String ref, int status, @Nullable Long retryAfter,
			String key, Object... arguments) {
		LanguageTag language = this.chats.visitorLanguage(visitor.ticket());
		return new LiveNotices.Refused("refused", ref, status, retryAfter, this.texts.text(language, key, arguments),
				ChatTexts.languageFor(language));
	}

	private static long seconds(Duration duration) {
		return Math.max(1, duration.toSeconds());
	}

}
