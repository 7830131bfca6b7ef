package dev.meridian.channels.chat.live;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.meridian.support.Eventually;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.TaskScheduler;

/**
 * The scheduled jobs' scheduler runs them side by side: a job stuck in a long round (a
 * mail server timing out) does not hold back the others. With one scheduler thread, as
 * Spring Boot has by default, surveys waited behind such rounds past their time.
 */
@IntegrationTest
class ScheduledJobsIntegrationTests {

	@Autowired
	@Qualifier("taskScheduler")
	TaskScheduler scheduler;

	@Test
	void aJobStuckInALongRoundDoesNotHoldBackTheOthers() throws InterruptedException {
		CountDownLatch stuck = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger rounds = new AtomicInteger();
		ScheduledFuture<?> slow = this.scheduler.scheduleWithFixedDelay(() -> {
			stuck.countDown();
			try {
				release.await(60, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}, Duration.ofMillis(10));
		ScheduledFuture<?> quick = null;
		try {
			stuck.await(10, TimeUnit.SECONDS);
			quick = this.scheduler.scheduleWithFixedDelay(rounds::incrementAndGet, Duration.ofMillis(20));
			Eventually.holds("the other job runs while one is stuck", () -> rounds.get() >= 3);
		}
		finally {
			release.countDown();
			slow.cancel(false);
			if (quick != null) {
				quick.cancel(false);
			}
		}
	}

}
