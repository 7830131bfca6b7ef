package dev.meridian.notifications;

import java.time.Duration;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How proactive notifications are timed ({@code meridian.notifications.*}).
 *
 * @param quietStart when the customer's quiet hours begin, their local time (21:00)
 * @param quietEnd when they end (08:00)
 * @param settle how long a notification waits for a newer change of the same shipment to
 * replace it, so a burst of tracking events makes one message (2 minutes)
 * @param sendInterval how often the queue is looked at (30 s)
 * @param retryDelay how long after a failed attempt the next one is (5 minutes)
 */
@ConfigurationProperties("meridian.notifications")
public record NotificationSettings(@Nullable LocalTime quietStart, @Nullable LocalTime quietEnd,
		@Nullable Duration settle, @Nullable Duration sendInterval, @Nullable Duration retryDelay) {

	public NotificationSettings {
		quietStart = quietStart == null ? LocalTime.of(21, 0) : quietStart;
		quietEnd = quietEnd == null ? LocalTime.of(8, 0) : quietEnd;
		settle = settle == null ? Duration.ofMinutes(2) : settle;
		sendInterval = sendInterval == null ? Duration.ofSeconds(30) : sendInterval;
		retryDelay = retryDelay == null ? Duration.ofMinutes(5) : retryDelay;
	}

}
