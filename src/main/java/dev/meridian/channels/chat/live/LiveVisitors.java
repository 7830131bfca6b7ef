package dev.meridian.channels.chat.live;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import dev.meridian.channels.chat.ChatManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

/**
 * The visitors connected to this node. A visitor who listens on a socket asks for
 * nothing, yet is reading: every half minute this node marks them as seen, so replies go
 * to the chat and not by mail while they are there, and stop as soon as they leave.
 */
@Component
class LiveVisitors {

	private static final Logger log = LoggerFactory.getLogger(LiveVisitors.class);

	private final ChatManagement chats;

	private final Map<String, LiveVisitor> bySession = new ConcurrentHashMap<>();

	LiveVisitors(ChatManagement chats) {
		this.chats = chats;
	}

	void connected(String session, LiveVisitor visitor) {
		this.bySession.put(session, visitor);
	}

	@EventListener
	void disconnected(SessionDisconnectEvent event) {
		this.bySession.remove(event.getSessionId());
	}

	boolean connectedTo(UUID conversation) {
		return this.bySession.values().stream().anyMatch(visitor -> visitor.conversation().equals(conversation));
	}

	int count() {
		return this.bySession.size();
	}

	@Scheduled(fixedDelayString = "${meridian.chat.live.seen-interval:30s}")
	void markSeen() {
		if (this.bySession.isEmpty()) {
			return;
		}
		// One statement per thousand conversations, not two per connection: a node holds
		// ten thousand widgets.
		Set<UUID> good;
		try {
			good = this.chats.stillConnected(
					this.bySession.values().stream().map(LiveVisitor::conversation).collect(Collectors.toSet()));
		}
		catch (RuntimeException ex) {
			log.debug("Could not mark connected visitors as seen: {}", ex.getMessage());
			return;
		}
		// A token that expired or a conversation that is gone: no longer connected.
		this.bySession.values().removeIf(visitor -> !good.contains(visitor.conversation()));
	}

}
