package dev.meridian.tickets.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A ticket as the API returns it, with the customer, assignee and team it refers to.
 */
record TicketResponse(UUID id, long number, String subject, String status, String priority, String channel,
		String language, @Nullable String market, List<String> tags, CustomerSummary customer,
		@Nullable Reference assignee, @Nullable String assignmentReason, @Nullable Reference team, Instant createdAt,
		Instant updatedAt, @Nullable Instant firstResponseAt, @Nullable Instant solvedAt) {

	/** The ticket's customer, enough to address them. */
	record CustomerSummary(UUID id, String name, @Nullable String email, String language, @Nullable String timeZone,
			@Nullable String market) {
	}

	/** Another resource by id and name. */
	record Reference(UUID id, String name) {
	}

}
