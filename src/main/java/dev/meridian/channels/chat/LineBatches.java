package dev.meridian.channels.chat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

import dev.meridian.language.Detection;
import dev.meridian.tickets.TicketId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores the visitors' lines that arrive together in one transaction: a group commit. The
 * first line's thread to find nobody storing stores every line waiting, up to
 * {@value #MAX_LINES}, then each line's thread goes on with its own line's answer.
 * <p>
 * Why: a line is a few small statements (read its conversation, lock and update its
 * ticket, insert the message), and each line's own transaction added a database
 * connection's turn, a {@code BEGIN}, a {@code COMMIT} with its write-ahead log flush and
 * a Hibernate session around them. At a few hundred lines a second those were a large
 * part of what the database and the node spent per line; in one transaction for the lines
 * that came in the same moments, they are paid once.
 * <p>
 * A line is never stored less safely than alone: the transaction commits before any line
 * of it is answered or pushed (the pushes run after the commit, in the storing thread), a
 * line whose visitor is no longer recognized is refused without touching the others, and
 * when anything else fails the batch is rolled back and each of its lines is stored again
 * in a transaction of its own, so one line's failure is only its own. The tickets are
 * locked in the order of their ids, so two batches never wait for each other in a circle;
 * a conversation's lines keep the order they came in.
 */
final class LineBatches<S> {

	private static final Logger log = LoggerFactory.getLogger(LineBatches.class);

	/** As many as a node works on at once by default ({@code ChatSettings}). */
	static final int MAX_LINES = 16;

	/**
	 * A waiting line's thread is woken when its line is stored or when it may store; it
	 * looks again this often only in case a wake-up went astray. (At 1 ms, sixteen
	 * waiting threads woke 16,000 times a second: more CPU than the batches saved.)
	 */
	private static final long PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

	/**
	 * The conversations whose lines the batch being stored in this thread answers to
	 * their senders with the line ({@link ChatManagement#answersWithItsLine}).
	 */
	private static final ThreadLocal<Set<UUID>> ANSWERED = new ThreadLocal<>();

	/**
	 * A line ready to store: everything about it that needs no database (recognizing the
	 * visitor, the length and rate limits, detecting its language) is done.
	 *
	 * @param answeredBySender whether the sender is answered with the line itself, so no
	 * separate push of it goes to the visitor's topic
	 */
	record Line(UUID conversation, TicketId ticket, String body, @Nullable String viewing, Detection language,
			Instant at, boolean answeredBySender) {
	}

	/**
	 * One line's writes, in the transaction the batch runs in.
	 *
	 * @param <S> what storing a line gives
	 */
	@FunctionalInterface
	interface Writes<S> {

		S store(Line line);

	}

	private final TransactionTemplate transaction;

	private final Writes<S> writes;

	private final ConcurrentLinkedQueue<Waiting<S>> waiting = new ConcurrentLinkedQueue<>();

	private final ReentrantLock storing = new ReentrantLock();

	LineBatches(TransactionTemplate transaction, Writes<S> writes) {
		this.transaction = transaction;
		this.writes = writes;
	}

	/**
	 * Stores the line, with the lines waiting beside it, and returns once it is
	 * committed.
	 * @throws VisitorNotRecognizedException when the conversation has expired or gone
	 */
	S store(Line line) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			// Inside the caller's transaction: the line commits with it, alone.
			S stored = this.transaction.execute(status -> this.writes.store(line));
			if (stored == null) {
				throw new IllegalStateException("The message was not stored");
			}
			return stored;
		}
		Waiting<S> mine = new Waiting<>(line, Thread.currentThread());
		this.waiting.add(mine);
		while (!mine.isDone()) {
			if (this.storing.tryLock()) {
				try {
					while (!mine.isDone()) {
						storeBatch(nextBatch());
					}
				}
				finally {
					this.storing.unlock();
				}
				// Lines that came while this thread stored: the first of them leads next.
				Waiting<S> next = this.waiting.peek();
				if (next != null) {
					LockSupport.unpark(next.thread);
				}
			}
			else {
				LockSupport.parkNanos(this, PARK_NANOS);
			}
		}
		return mine.result();
	}

	/** How many lines wait for their turn to be stored. */
	int waiting() {
		return this.waiting.size();
	}

	static boolean answersWithItsLine(UUID conversation) {
		Set<UUID> answered = ANSWERED.get();
		return answered != null && answered.contains(conversation);
	}

	private List<Waiting<S>> nextBatch() {
		List<Waiting<S>> batch = new ArrayList<>(MAX_LINES);
		Waiting<S> next;
		while (batch.size() < MAX_LINES && (next = this.waiting.poll()) != null) {
			batch.add(next);
		}
		// Stable: a conversation's lines keep their order.
		batch.sort(Comparator.comparing(w -> w.line.ticket().value()));
		return batch;
	}

	private void storeBatch(List<Waiting<S>> batch) {
		if (batch.isEmpty()) {
			return;
		}
		Set<UUID> answered = new HashSet<>();
		for (Waiting<S> line : batch) {
			if (line.line.answeredBySender()) {
				answered.add(line.line.conversation());
			}
		}
		ANSWERED.set(answered);
		try {
			AtomicBoolean committed = new AtomicBoolean();
			try {
				this.transaction.executeWithoutResult(status -> {
					TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
						// Registered first, so it runs before the lines' pushes: each
						// line's thread answers its sender while this one pushes.
						@Override
						public void afterCommit() {
							committed.set(true);
							batch.forEach(Waiting::finish);
						}

						@Override
						public void afterCompletion(int completion) {
							committed.set(completion == STATUS_COMMITTED);
						}
					});
					for (Waiting<S> line : batch) {
						line.outcome = null;
						line.refusal = null;
						try {
							line.outcome = this.writes.store(line.line);
						}
						catch (VisitorNotRecognizedException ex) {
							// Thrown before the line wrote anything: the others go on.
							line.refusal = ex;
						}
					}
				});
			}
			catch (RuntimeException ex) {
				if (committed.get()) {
					// Stored: what failed came after the commit (storing again would
					// store
					// every line twice), and each line is answered as stored.
					log.warn("After storing {} visitors' lines: {}", batch.size(), ex.toString());
					return;
				}
				// One line took the batch with it: each again, in a transaction of its
				// own.
				for (Waiting<S> line : batch) {
					line.outcome = null;
					line.refusal = null;
					try {
						line.outcome = this.transaction.execute(status -> this.writes.store(line.line));
					}
					catch (RuntimeException failed) {
						line.refusal = failed;
					}
				}
			}
		}
		finally {
			ANSWERED.remove();
			batch.forEach(Waiting::finish);
		}
	}

	/** A line in the queue, and what became of it. */
	private static final class Waiting<S> {

		final Line line;

		final Thread thread;

		@Nullable S outcome;

		@Nullable RuntimeException refusal;

		/** Written last by the storing thread: its outcome is visible once this is. */
		volatile boolean done;

		Waiting(Line line, Thread thread) {
			this.line = line;
			this.thread = thread;
		}

		boolean isDone() {
			return this.done;
		}

		/** Its outcome is final: its thread may go on. */
		void finish() {
			if (!this.done) {
				this.done = true;
				LockSupport.unpark(this.thread);
			}
		}

		S result() {
			if (this.refusal != null) {
				throw this.refusal;
			}
			if (this.outcome == null) {
				throw new IllegalStateException("The message was not stored");
			}
			return this.outcome;
		}

	}

}
