package dev.meridian.feedback;

import java.time.Duration;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How surveys are asked and answered ({@code meridian.feedback.*}). Quiet hours are the
 * notifications' ({@code meridian.notifications.quiet-start/-end}): a customer has one
 * night, whoever writes to them.
 *
 * @param delay how long after a ticket is solved its CSAT survey is sent (24 h)
 * @param validity how long a survey may be answered once it is sent (28 days)
 * @param scale the CSAT scale: {@code five} (1–5) or {@code three} (good, okay, bad)
 * @param lowRatingAction what a low CSAT or a detractor causes: {@code follow-up} for the
 * agent's supervisor, or {@code reopen} the ticket with the comment as a note
 * @param sendInterval how often due surveys and messages are looked for (30 s)
 * @param retryDelay how long after a failed attempt the next one is (5 minutes)
 * @param publicUrl the public address the survey links start with
 * ({@code MERIDIAN_FEEDBACK_PUBLICURL}); else {@code meridian.help.contact.public-url},
 * else the server's own port on localhost
 */
@ConfigurationProperties("meridian.feedback")
public record FeedbackSettings(@Nullable Duration delay, @Nullable Duration validity, @Nullable String scale,
		@Nullable String lowRatingAction, @Nullable Duration sendInterval, @Nullable Duration retryDelay,
		@Nullable String publicUrl) {

	public FeedbackSettings {
		delay = delay == null ? Duration.ofHours(24) : delay;
		validity = validity == null ? Duration.ofDays(28) : validity;
		scale = scale == null ? "five" : scale.strip().toLowerCase(Locale.ROOT);
		if (!scale.equals("five") && !scale.equals("three")) {
			throw new IllegalArgumentException(
					"meridian.feedback.scale must be 'five' or 'three', not '" + scale + "'");
		}
		lowRatingAction = lowRatingAction == null ? "follow-up" : lowRatingAction.strip().toLowerCase(Locale.ROOT);
		if (!lowRatingAction.equals("follow-up") && !lowRatingAction.equals("reopen")) {
			throw new IllegalArgumentException(
					"meridian.feedback.low-rating-action must be 'follow-up' or 'reopen', not '" + lowRatingAction
							+ "'");
		}
		sendInterval = sendInterval == null ? Duration.ofSeconds(30) : sendInterval;
		retryDelay = retryDelay == null ? Duration.ofMinutes(5) : retryDelay;
		publicUrl = publicUrl == null || publicUrl.isBlank() ? null : publicUrl.strip().replaceAll("/+$", "");
	}

	/** The CSAT scale surveys are created with. */
	public SurveyScale csatScale() {
		return this.scale.equals("three") ? SurveyScale.THREE : SurveyScale.FIVE;
	}

	public boolean reopens() {
		return this.lowRatingAction.equals("reopen");
	}

}
