package dev.meridian.channels.chat.live;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

/**
 * The chats inbox's notices ({@link LiveTopics#CHATS}), at most one a quarter of a
 * second: the first at once, what comes within the quarter after it folded into one sent
 * at its end. An agent's inbox only refreshes its list on a notice (it reads no more than
 * that something changed), and folds refreshes of its own, so one notice for a burst
 * shows what one for each line would. Each line of every chat was a broker message to
 * every agent's inbox: through RabbitMQ, a frame written by the node, routed by the
 * broker and read by each node with an inbox open, at 500 lines a second a third of what
 * the relay carried.
 */
@Component
class InboxNotices {

	private static final Logger log = LoggerFactory.getLogger(InboxNotices.class);

	static final Duration WINDOW = Duration.ofMillis(250);

	private final SimpMessagingTemplate broker;

	private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread thread = new Thread(task, "chat-inbox-notices");
		thread.setDaemon(true);
		return thread;
	});

	/** The latest notice waiting for the end of its window; null when none waits. */
	private LiveNotices.@Nullable Changed waiting;

	private long lastSentAt = System.nanoTime() - WINDOW.toNanos();

	InboxNotices(SimpMessagingTemplate broker) {
		this.broker = broker;
	}

	void changed(LiveNotices.Changed notice) {
		long delay;
		synchronized (this) {
			if (this.waiting != null) {
				this.waiting = notice;
				return;
			}
			long now = System.nanoTime();
			delay = this.lastSentAt + WINDOW.toNanos() - now;
			if (delay > 0) {
				this.waiting = notice;
			}
			else {
				this.lastSentAt = now;
			}
		}
		if (delay > 0) {
			this.later.schedule(this::sendWaiting, delay, TimeUnit.NANOSECONDS);
		}
		else {
			send(notice);
		}
	}

	private void sendWaiting() {
		LiveNotices.Changed notice;
		synchronized (this) {
			notice = this.waiting;
			this.waiting = null;
			this.lastSentAt = System.nanoTime();
		}
		if (notice != null) {
			send(notice);
		}
	}

	private void send(LiveNotices.Changed notice) {
		try {
			this.broker.convertAndSend(LiveTopics.CHATS, notice);
		}
		catch (RuntimeException ex) {
			// The broker (or the relay to RabbitMQ) is away: inboxes catch up on their
			// next
			// notice or reload.
			log.warn("Could not tell the chats' inboxes: {}", ex.getMessage());
		}
	}

	@PreDestroy
	void stop() {
		this.later.shutdownNow();
	}

}
