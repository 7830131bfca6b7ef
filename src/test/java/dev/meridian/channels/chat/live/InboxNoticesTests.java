package dev.meridian.channels.chat.live;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.messaging.Message;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.support.ExecutorSubscribableChannel;

import static org.assertj.core.api.Assertions.assertThat;

class InboxNoticesTests {

	private final BlockingQueue<Message<?>> sent = new LinkedBlockingQueue<>();

	private final InboxNotices notices;

	InboxNoticesTests() {
		// A channel without an executor hands each message to its subscriber at once, in
		// the sender's thread.
		ExecutorSubscribableChannel channel = new ExecutorSubscribableChannel();
		channel.subscribe(this.sent::add);
		SimpMessagingTemplate broker = new SimpMessagingTemplate(channel);
		broker.setMessageConverter(new JacksonJsonMessageConverter());
		this.notices = new InboxNotices(broker);
	}

	@AfterEach
	void stop() {
		this.notices.stop();
	}

	@Test
	void theFirstNoticeGoesAtOnceAndABurstAfterItFoldsIntoItsLastNotice() throws InterruptedException {
		UUID first = UUID.randomUUID();
		this.notices.changed(new LiveNotices.Changed("chat", first, null));
		assertThat(this.sent).hasSize(1);
		assertThat(destination(this.sent.peek())).isEqualTo(LiveTopics.CHATS);

		List<UUID> burst = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			UUID ticket = UUID.randomUUID();
			burst.add(ticket);
			this.notices.changed(new LiveNotices.Changed("message", ticket, UUID.randomUUID()));
		}
		this.sent.take();
		List<Message<?>> folded = new ArrayList<>();
		Message<?> next;
		while ((next = this.sent.poll(2 * InboxNotices.WINDOW.toMillis() + 1000, TimeUnit.MILLISECONDS)) != null) {
			folded.add(next);
			if (payload(next).contains(burst.get(burst.size() - 1).toString())) {
				break;
			}
		}
		assertThat(folded).isNotEmpty().hasSizeLessThan(burst.size());
		assertThat(payload(folded.get(folded.size() - 1))).contains(burst.get(burst.size() - 1).toString())
			.contains("\"type\":\"message\"");
	}

	private static String destination(Message<?> message) {
		return SimpMessageHeaderAccessor.getDestination(message.getHeaders());
	}

	private static String payload(Message<?> message) {
		return new String((byte[]) message.getPayload(), StandardCharsets.UTF_8);
	}

}
