package dev.meridian.channels.chat.live;

import org.springframework.boot.autoconfigure.condition.ConditionalOnThreading;
import org.springframework.boot.task.SimpleAsyncTaskSchedulerBuilder;
import org.springframework.boot.task.ThreadPoolTaskSchedulerBuilder;
import org.springframework.boot.thread.Threading;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.SimpleAsyncTaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Keeps the application's {@code @Scheduled} jobs on Spring Boot's own scheduler. The
 * WebSocket broker defines a {@code TaskScheduler} of its own (heartbeats), and Spring
 * Boot backs its scheduler off when any exists: without these beans every scheduled job
 * (mail polling, SLA checks, routing passes) would silently move onto the broker's pool.
 * The same beans, under the name scheduled jobs look for, as Spring Boot would make.
 */
@Configuration(proxyBeanMethods = false)
class ScheduledJobsScheduler {

	@Bean(name = "taskScheduler")
	@ConditionalOnThreading(Threading.PLATFORM)
	ThreadPoolTaskScheduler taskScheduler(ThreadPoolTaskSchedulerBuilder builder) {
		return builder.build();
	}

	@Bean(name = "taskScheduler")
	@ConditionalOnThreading(Threading.VIRTUAL)
	SimpleAsyncTaskScheduler taskSchedulerVirtualThreads(SimpleAsyncTaskSchedulerBuilder builder) {
		return builder.build();
	}

}
