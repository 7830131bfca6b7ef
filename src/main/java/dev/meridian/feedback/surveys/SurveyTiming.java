package dev.meridian.feedback.surveys;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import dev.meridian.time.SendingWindow;

/**
 * When a survey goes out: the delay after the ticket was solved, then moved forward out
 * of the customer's quiet hours and public holidays (the same window the notifications
 * keep). A survey asked for now skips the delay but not the window, unless an admin says
 * so.
 */
public record SurveyTiming(Duration delay, SendingWindow window) {

	/** When the survey of a ticket solved at {@code solvedAt} is due. */
	public Instant afterSolved(Instant solvedAt, ZoneId zone) {
		return this.window.nextAllowed(solvedAt.plus(this.delay), zone);
	}

	/**
	 * When a survey asked for at {@code now} is due.
	 * @param ignoreWindow send even during quiet hours or a holiday (admins only)
	 */
	public Instant requested(Instant now, ZoneId zone, boolean ignoreWindow) {
		return ignoreWindow ? now : this.window.nextAllowed(now, zone);
	}

}
