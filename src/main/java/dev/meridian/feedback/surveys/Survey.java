package dev.meridian.feedback.surveys;

import java.time.Instant;
import java.util.UUID;

import dev.meridian.feedback.SurveyKind;
import dev.meridian.feedback.SurveyScale;
import org.jspecify.annotations.Nullable;

/**
 * One survey as stored: who is asked, about what, in which language, and what it credits.
 *
 * @param state scheduled, sent, answered or skipped
 * @param zone the customer's zone the daytime was reckoned in
 * @param requestedBy who asked for it through the API, null when solving scheduled it
 */
public record Survey(UUID id, SurveyKind kind, SurveyScale scale, @Nullable UUID ticket, @Nullable UUID campaign,
		UUID customer, String language, @Nullable String market, @Nullable String zone, @Nullable String channel,
		@Nullable UUID agent, @Nullable UUID team, boolean translated, String state, @Nullable String reason,
		@Nullable String requestedBy, Instant scheduledFor, @Nullable Instant sentAt, Instant expiresAt, int attempts) {

	public boolean answered() {
		return "answered".equals(this.state);
	}

	public boolean expiredAt(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

}
