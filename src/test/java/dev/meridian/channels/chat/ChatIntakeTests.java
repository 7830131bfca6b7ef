package dev.meridian.channels.chat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChatIntakeTests {

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	/** Threads of its own: the common pool may have a single one on a 2-core machine. */
	private final ExecutorService threads = Executors.newFixedThreadPool(2);

	@AfterEach
	void stop() {
		this.threads.shutdownNow();
	}

	@Test
	void aLineBeyondTheBoundIsRefusedAfterTheWaitAndCounted() throws Exception {
		ChatIntake intake = new ChatIntake(1, Duration.ofMillis(50), this.meters);
		CountDownLatch finish = new CountDownLatch(1);
		CompletableFuture<String> first = holdTheOnlyTurn(intake, finish);

		assertThatThrownBy(() -> intake.admit(() -> "second")).isInstanceOf(ChatBusyException.class)
			.satisfies(ex -> assertThat(((ChatBusyException) ex).retryAfter()).isEqualTo(Duration.ofMillis(50)));
		assertThat(this.meters.get("meridian.chat.busy").counter().count()).isEqualTo(1);

		finish.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
		assertThat(intake.admit(() -> "third")).isEqualTo("third");
	}

	@Test
	void aLineThatWaitsForATurnWithinTheWaitIsTaken() throws Exception {
		ChatIntake intake = new ChatIntake(1, Duration.ofSeconds(10), this.meters);
		CountDownLatch finish = new CountDownLatch(1);
		CompletableFuture<String> first = holdTheOnlyTurn(intake, finish);
		CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> intake.admit(() -> "second"),
				this.threads);

		finish.countDown();
		assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("second");
		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
		assertThat(this.meters.get("meridian.chat.busy").counter().count()).isZero();
	}

	@Test
	void aFailedLineGivesItsTurnBack() {
		ChatIntake intake = new ChatIntake(1, Duration.ofMillis(50), this.meters);
		assertThatThrownBy(() -> intake.admit(() -> {
			throw new IllegalStateException("the database is away");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(intake.admit(() -> "next")).isEqualTo("next");
	}

	/** A line that has the intake's only turn until {@code finish} counts down. */
	private CompletableFuture<String> holdTheOnlyTurn(ChatIntake intake, CountDownLatch finish)
			throws InterruptedException {
		CountDownLatch working = new CountDownLatch(1);
		CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> intake.admit(() -> {
			working.countDown();
			await(finish);
			return "first";
		}), this.threads);
		assertThat(working.await(10, TimeUnit.SECONDS)).isTrue();
		return first;
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
