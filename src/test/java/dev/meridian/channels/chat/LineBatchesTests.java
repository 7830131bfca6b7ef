package dev.meridian.channels.chat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.meridian.language.Detection;
import dev.meridian.tickets.TicketId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class LineBatchesTests {

	private final ExecutorService threads = Executors.newFixedThreadPool(8);

	private final CountingTransactions transactions = new CountingTransactions();

	/** The lines whose transaction committed, in the order they were written. */
	private final List<String> committed = Collections.synchronizedList(new ArrayList<>());

	/** Holds the first line's writes (and so its batch) until the others have queued. */
	private final CountDownLatch othersQueued = new CountDownLatch(1);

	private final LineBatches<String> batches = new LineBatches<>(new TransactionTemplate(this.transactions),
			this::write);

	@AfterEach
	void stop() {
		this.threads.shutdownNow();
	}

	@Test
	void linesThatComeWhileOthersAreStoredAreStoredTogetherInOneCommit() throws Exception {
		CompletableFuture<String> first = send(line("first", 1));
		List<CompletableFuture<String>> others = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			others.add(send(line("line " + i, 10 + i)));
		}
		waitForQueued(5);
		this.othersQueued.countDown();

		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("stored first");
		for (int i = 0; i < 5; i++) {
			assertThat(others.get(i).get(10, TimeUnit.SECONDS)).isEqualTo("stored line " + i);
		}
		// The first alone, the five that waited behind it in one transaction.
		assertThat(this.transactions.commits).hasValue(2);
		assertThat(this.transactions.rollbacks).hasValue(0);
		assertThat(this.committed).hasSize(6).doesNotHaveDuplicates();
	}

	@Test
	void aBatchLocksTicketsInTheOrderOfTheirIdsAndKeepsEachConversationsOrder() throws Exception {
		CompletableFuture<String> first = send(line("first", 1));
		List<CompletableFuture<String>> others = new ArrayList<>();
		// One at a time, so that they queue in this order.
		for (String[] sent : new String[][] { { "c1", "30" }, { "a1", "10" }, { "c2", "30" }, { "b1", "20" },
				{ "a2", "10" } }) {
			others.add(send(line(sent[0], Long.parseLong(sent[1]))));
			waitForQueued(others.size());
		}
		this.othersQueued.countDown();
		first.get(10, TimeUnit.SECONDS);
		for (CompletableFuture<String> other : others) {
			other.get(10, TimeUnit.SECONDS);
		}

		assertThat(this.committed).containsExactly("first", "a1", "a2", "b1", "c1", "c2");
	}

	@Test
	void aLineWhoseVisitorIsNoLongerRecognizedIsRefusedWhileTheOthersCommit() throws Exception {
		CompletableFuture<String> expired = storedBetweenTwoOthers("expired");
		assertThat(expired).failsWithin(10, TimeUnit.SECONDS)
			.withThrowableOfType(java.util.concurrent.ExecutionException.class)
			.withCauseInstanceOf(VisitorNotRecognizedException.class);
		assertThat(this.transactions.commits).hasValue(2);
		assertThat(this.committed).containsExactly("first", "before", "after");
	}

	@Test
	void aLineThatFailsOtherwiseFailsAloneAndTheOthersAreStoredOnceEach() throws Exception {
		CompletableFuture<String> broken = storedBetweenTwoOthers("broken");
		assertThat(broken).failsWithin(10, TimeUnit.SECONDS)
			.withThrowableOfType(java.util.concurrent.ExecutionException.class)
			.withCauseInstanceOf(IllegalStateException.class)
			.withMessageContaining("the database said no");
		// The batch of three rolled back, then each line alone: two commits, one more
		// rollback.
		assertThat(this.transactions.rollbacks).hasValue(2);
		assertThat(this.transactions.commits).hasValue(3);
		assertThat(this.committed).containsExactly("first", "before", "after");
	}

	@Test
	void aLineStoredInsideTheCallersTransactionCommitsWithIt() {
		String stored = new TransactionTemplate(this.transactions)
			.execute(status -> this.batches.store(line("inside", 1)));

		assertThat(stored).isEqualTo("stored inside");
		assertThat(this.transactions.commits).hasValue(1);
	}

	/**
	 * The line, queued between two others behind a first line being stored; the other
	 * three are checked stored, the line's own outcome is returned.
	 */
	private CompletableFuture<String> storedBetweenTwoOthers(String body) throws Exception {
		CompletableFuture<String> first = send(line("first", 1));
		CompletableFuture<String> before = send(line("before", 10));
		CompletableFuture<String> line = send(line(body, 11));
		CompletableFuture<String> after = send(line("after", 12));
		waitForQueued(3);
		this.othersQueued.countDown();

		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("stored first");
		assertThat(before.get(10, TimeUnit.SECONDS)).isEqualTo("stored before");
		assertThat(after.get(10, TimeUnit.SECONDS)).isEqualTo("stored after");
		return line;
	}

	private String write(LineBatches.Line line) {
		if (line.body().equals("first") && !TransactionSynchronizationManager.isSynchronizationActive()) {
			throw new IllegalStateException("Not in a transaction");
		}
		if (line.body().equals("first")) {
			try {
				this.othersQueued.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		if (line.body().equals("expired")) {
			throw new VisitorNotRecognizedException();
		}
		if (line.body().equals("broken")) {
			throw new IllegalStateException("the database said no");
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				LineBatchesTests.this.committed.add(line.body());
			}
		});
		return "stored " + line.body();
	}

	private CompletableFuture<String> send(LineBatches.Line line) {
		CompletableFuture<String> sent = CompletableFuture.supplyAsync(() -> this.batches.store(line), this.threads);
		if (line.body().equals("first")) {
			// The first line is being stored (its batch open) before the others come.
			waitUntil(() -> this.transactions.begun.get() == 1);
		}
		return sent;
	}

	private void waitForQueued(int lines) {
		waitUntil(() -> this.batches.waiting() == lines);
	}

	private static void waitUntil(java.util.function.BooleanSupplier condition) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out waiting");
			}
			Thread.onSpinWait();
		}
	}

	private static LineBatches.Line line(String body, long ticket) {
		return new LineBatches.Line(UUID.nameUUIDFromBytes(body.substring(0, 1).getBytes()),
				new TicketId(new UUID(0, ticket)), body, null, Detection.undetermined(), Instant.EPOCH, false);
	}

	/** Spring's transaction contract without a database: it counts what it is asked. */
	private static final class CountingTransactions extends AbstractPlatformTransactionManager {

		final AtomicInteger begun = new AtomicInteger();

		final AtomicInteger commits = new AtomicInteger();

		final AtomicInteger rollbacks = new AtomicInteger();

		@Override
		protected Object doGetTransaction() {
			return new Object();
		}

		@Override
		protected boolean isExistingTransaction(Object transaction) {
			return TransactionSynchronizationManager.isActualTransactionActive();
		}

		@Override
		protected void doBegin(Object transaction, TransactionDefinition definition) {
			this.begun.incrementAndGet();
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
			this.commits.incrementAndGet();
		}

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
			this.rollbacks.incrementAndGet();
		}

	}

}
