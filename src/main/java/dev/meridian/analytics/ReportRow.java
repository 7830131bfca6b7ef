package dev.meridian.analytics;

import org.jspecify.annotations.Nullable;

/**
 * One key's figures over a report's range. Durations are whole minutes (nearest-rank
 * percentiles of bucketed distributions: exact below 100 minutes, two significant digits
 * above); shares are 0–1; null where nothing was measured.
 *
 * @param key the market's country code, language tag, channel, team or agent id,
 * {@code translated}/{@code native}; {@code none} for tickets without one
 * @param tickets tickets created in the range
 * @param solved solves in the range
 * @param backlog unsolved tickets at the end of the range
 * @param slaAttainment share of service-level targets met (first reply and resolution)
 * @param retention customers of the period before the range who came back in it; null
 * unless the report slices and filters by market and language only
 */
public record ReportRow(String key, long tickets, long solved, long backlog, @Nullable Long firstReplyMedianMinutes,
		@Nullable Long resolutionMedianMinutes, @Nullable Double slaAttainment, Csat csat, Nps nps,
		Durations.Summary firstReply, Durations.Summary resolution, long reopened, @Nullable Double reopenRate,
		long oneTouch, @Nullable Double oneTouchShare, Sla sla, Bot bot, @Nullable Retention retention) {

	/** CSAT: answers, the share satisfied (4–5, or "good"), the average score (1–5). */
	public record Csat(long responses, @Nullable Double satisfiedShare, @Nullable Double average) {
	}

	/** NPS: answers, and promoters' share minus detractors' in points (−100 to 100). */
	public record Nps(long responses, @Nullable Double score, long promoters, long detractors) {
	}

	/** Service-level targets measured and met, per target. */
	public record Sla(long firstReplyTargets, @Nullable Double firstReplyAttainment, long resolutionTargets,
			@Nullable Double resolutionAttainment) {
	}

	/** Chats the bot answered in: solved without a person, or handed off to one. */
	public record Bot(long conversations, long answered, long handedOff) {
	}

	/**
	 * Customers with a ticket or an order in the period just before the range (as many
	 * days), and how many of them had one in the range.
	 */
	public record Retention(long customers, long returned, @Nullable Double share) {
	}

}
