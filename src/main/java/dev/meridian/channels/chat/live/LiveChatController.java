package dev.meridian.channels.chat.live;

import java.util.Map;
import java.util.UUID;

import dev.meridian.channels.chat.ChatManagement;
import dev.meridian.tickets.TicketId;
import org.jspecify.annotations.Nullable;

import org.springframework.messaging.handler.annotation.DestinationVariable;
import org.springframework.messaging.handler.annotation.Headers;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Controller;

/**
 * What visitors and agents say live without storing it: typing, the page a visitor looks
 * at, how far an agent has read. {@link LiveChatAccess} has already checked that the
 * speaker belongs to the conversation or is an agent on a chat ticket.
 */
@Controller
class LiveChatController {

	private static final int MAX_PAGE_CHARS = 2000;

	private final SimpMessagingTemplate broker;

	private final ChatManagement chats;

	LiveChatController(SimpMessagingTemplate broker, ChatManagement chats) {
		this.broker = broker;
		this.chats = chats;
	}

	record TypingRequest(boolean typing) {
	}

	record ViewingRequest(@Nullable String page) {
	}

	record ReadRequest(@Nullable UUID message) {
	}

	@MessageMapping("chat.{conversation}.typing")
	void visitorTyping(@DestinationVariable UUID conversation, @Payload TypingRequest request,
			@Headers Map<String, Object> headers) {
		LiveVisitor visitor = LiveVisitor.sender(headers, conversation);
		if (visitor != null) {
			this.broker.convertAndSend(LiveTopics.ticket(visitor.ticket()),
					new LiveNotices.Typing("typing", request.typing()));
		}
	}

	@MessageMapping("chat.{conversation}.viewing")
	void visitorViewing(@DestinationVariable UUID conversation, @Payload ViewingRequest request,
			@Headers Map<String, Object> headers) {
		String page = request.page() == null ? "" : request.page().strip().replaceAll("\\p{Cntrl}", "");
		LiveVisitor visitor = LiveVisitor.sender(headers, conversation);
		if (visitor != null && !page.isEmpty()) {
			this.broker.convertAndSend(LiveTopics.ticket(visitor.ticket()), new LiveNotices.Viewing("viewing",
					page.length() > MAX_PAGE_CHARS ? page.substring(0, MAX_PAGE_CHARS) : page));
		}
	}

	@MessageMapping("ticket.{ticket}.typing")
	void agentTyping(@DestinationVariable UUID ticket, @Payload TypingRequest request) {
		this.chats.conversationOf(new TicketId(ticket))
			.ifPresent(conversation -> this.broker.convertAndSend(LiveTopics.conversation(conversation),
					new LiveNotices.Typing("typing", request.typing())));
	}

	/**
	 * An agent opened the ticket's screen: the visitor's widget answers with the page it
	 * shows, which the agent would otherwise only learn at the visitor's next page.
	 */
	@MessageMapping("ticket.{ticket}.watching")
	void agentWatching(@DestinationVariable UUID ticket) {
		this.chats.conversationOf(new TicketId(ticket))
			.ifPresent(conversation -> this.broker.convertAndSend(LiveTopics.conversation(conversation),
					new LiveNotices.Watching("watching")));
	}

	@MessageMapping("ticket.{ticket}.read")
	void agentRead(@DestinationVariable UUID ticket, @Payload ReadRequest request) {
		if (request.message() == null) {
			return;
		}
		this.chats.conversationOf(new TicketId(ticket))
			.ifPresent(conversation -> this.broker.convertAndSend(LiveTopics.conversation(conversation),
					new LiveNotices.Read("read", request.message())));
	}

}
