package dev.meridian.channels.chat.live;

import org.springframework.boot.task.ThreadPoolTaskSchedulerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Runs the application's {@code @Scheduled} jobs on a pool of their own. The WebSocket
 * broker defines a {@code TaskScheduler} of its own (heartbeats), and Spring Boot backs
 * its scheduler off when any exists: without this bean every scheduled job (mail polling,
 * SLA checks, routing passes) would silently move onto the broker's pool.
 * <p>
 * A pool of {@code spring.task.scheduling.pool.size} threads, platform threads even where
 * virtual ones are enabled: Spring Boot's scheduler has one thread unless told otherwise,
 * and its virtual-thread scheduler runs every fixed-delay job on its single scheduler
 * thread. Either way one slow round (an SMTP server timing out after 30 s, SLA alarms
 * catching up after a pause) held back surveys, notifications and chat flushes behind it.
 * Two threads, not more: each running job holds a database connection, and with six the
 * jobs took enough of them to slow chat requests down. A job still never overlaps itself;
 * jobs that a cluster runs on several nodes at once guard themselves (leases,
 * {@code skip locked}, advisory locks) and so may run side by side.
 */
@Configuration(proxyBeanMethods = false)
class ScheduledJobsScheduler {

	@Bean(name = "taskScheduler")
	ThreadPoolTaskScheduler taskScheduler(ThreadPoolTaskSchedulerBuilder builder) {
		return builder.build();
	}

}
