package dev.meridian.notifications;

import java.time.Instant;

import dev.meridian.customers.CustomerId;
import org.jspecify.annotations.Nullable;

/**
 * Whether a customer wants proactive notifications, and who said so when.
 *
 * @param customer the customer
 * @param optedOut true when they want none
 * @param changedAt when it was last changed, null if never (then they get them)
 * @param changedBy who changed it ({@code agent:<id>} or {@code api-token})
 */
public record NotificationPreference(CustomerId customer, boolean optedOut, @Nullable Instant changedAt,
		@Nullable String changedBy) {
}
