package dev.meridian.channels.chat.live;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import dev.meridian.channels.chat.ChatManagement;
import dev.meridian.channels.chat.ChatMessage;
import dev.meridian.tickets.MessageId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * Visitors' requests held open until their conversation has news. No thread waits: each
 * request is a {@link DeferredResult}, completed when a message is stored on this node
 * ({@link #wake}) or, for messages stored on another node, by a once-a-second look at
 * {@link ChatActivity} for all waiting conversations in one query.
 */
@Component
class LongPolls {

	private static final Logger log = LoggerFactory.getLogger(LongPolls.class);

	private final ChatManagement chats;

	private final ChatActivity activity;

	private final Map<UUID, Set<Waiter>> waiting = new ConcurrentHashMap<>();

	/** The highest revision the last look found; new waiters start from it. */
	private final AtomicLong revision = new AtomicLong(-1);

	LongPolls(ChatManagement chats, ChatActivity activity) {
		this.chats = chats;
		this.activity = activity;
	}

	/** A visitor's request, answered once a message after {@code after} exists. */
	final class Waiter {

		final UUID conversation;

		final String token;

		final @Nullable MessageId after;

		final DeferredResult<LiveNotices.Page> result;

		volatile long revision;

		Waiter(UUID conversation, String token, @Nullable MessageId after, DeferredResult<LiveNotices.Page> result,
				long revision) {
			this.conversation = conversation;
			this.token = token;
			this.after = after;
			this.result = result;
			this.revision = revision;
		}

	}

	/**
	 * Answers at once when there is news, else holds the request until there is or the
	 * result times out (answered then with no items).
	 */
	void await(UUID conversation, String token, @Nullable MessageId after, DeferredResult<LiveNotices.Page> result) {
		// Before reading: a message stored between the read and the wait moves the
		// conversation past this revision, and the next look finds it.
		long known = knownRevision();
		List<ChatMessage> now = this.chats.messages(conversation, token, after);
		if (!now.isEmpty()) {
			result.setResult(page(conversation, now));
			return;
		}
		Waiter waiter = new Waiter(conversation, token, after, result, known);
		this.waiting.compute(conversation, (id, waiters) -> {
			Set<Waiter> all = waiters == null ? ConcurrentHashMap.newKeySet() : waiters;
			all.add(waiter);
			return all;
		});
		Runnable leave = () -> leave(waiter);
		result.onCompletion(leave);
		result.onTimeout(leave);
		result.onError(error -> leave(waiter));
	}

	/** Whether a visitor of the conversation waits on this node. */
	boolean isWaiting(UUID conversation) {
		return this.waiting.containsKey(conversation);
	}

	/** A message was stored for the conversation on this node. */
	void wake(UUID conversation) {
		Set<Waiter> waiters = this.waiting.get(conversation);
		if (waiters != null) {
			waiters.forEach(this::answerIfNews);
		}
	}

	int count() {
		return this.waiting.values().stream().mapToInt(Set::size).sum();
	}

	@Scheduled(fixedDelayString = "${meridian.chat.live.long-poll-check:1s}")
	void lookForNewsFromOtherNodes() {
		if (this.waiting.isEmpty()) {
			this.revision.set(-1);
			return;
		}
		long lowest = this.waiting.values()
			.stream()
			.flatMap(Set::stream)
			.mapToLong(waiter -> waiter.revision)
			.min()
			.orElse(0);
		Map<UUID, Long> moved = this.activity.movedAfter(this.waiting.keySet(), lowest);
		moved.forEach((conversation, at) -> {
			Set<Waiter> waiters = this.waiting.get(conversation);
			if (waiters != null) {
				waiters.stream().filter(waiter -> waiter.revision < at).forEach(waiter -> {
					answerIfNews(waiter);
					waiter.revision = at;
				});
			}
		});
		this.revision.accumulateAndGet(moved.values().stream().mapToLong(Long::longValue).max().orElse(lowest),
				Math::max);
	}

	private long knownRevision() {
		long known = this.revision.get();
		if (known < 0) {
			known = this.activity.latest();
			this.revision.compareAndSet(-1, known);
		}
		return known;
	}

	private void answerIfNews(Waiter waiter) {
		if (waiter.result.isSetOrExpired()) {
			return;
		}
		try {
			List<ChatMessage> news = this.chats.messages(waiter.conversation, waiter.token, waiter.after);
			if (!news.isEmpty()) {
				waiter.result.setResult(page(waiter.conversation, news));
			}
		}
		catch (RuntimeException ex) {
			log.debug("A waiting visitor's read failed: {}", ex.getMessage());
			waiter.result.setErrorResult(ex);
		}
	}

	private void leave(Waiter waiter) {
		this.waiting.computeIfPresent(waiter.conversation, (id, waiters) -> {
			waiters.remove(waiter);
			return waiters.isEmpty() ? null : waiters;
		});
	}

	/**
	 * The answer of a read whose wait ended without news: nothing new, and whether the
	 * chat is over meanwhile (a solve sends no message; a widget that cannot keep a
	 * socket learns of it here, within one wait).
	 */
	LiveNotices.Page nothingNew(UUID conversation) {
		return new LiveNotices.Page(List.of(), this.chats.over(conversation));
	}

	private LiveNotices.Page page(UUID conversation, List<ChatMessage> messages) {
		return new LiveNotices.Page(messages.stream().map(LiveNotices.Item::of).toList(),
				this.chats.over(conversation));
	}

}
