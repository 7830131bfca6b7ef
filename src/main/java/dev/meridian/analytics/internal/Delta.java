package dev.meridian.analytics.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one event adds to a rollup row: counters (may be negative when a ticket's
 * contribution moves to other dimensions) and durations put into their buckets.
 */
final class Delta {

	final Map<Counter, Integer> counters = new LinkedHashMap<>();

	final Map<Distribution, Integer> buckets = new LinkedHashMap<>();

	final Map<Distribution, Integer> signs = new LinkedHashMap<>();

	enum Counter {

		CREATED, SOLVED, REOPENED, ONE_TOUCH, FIRST_REPLIES, SLA_FIRST_TARGETS, SLA_FIRST_BREACHED,
		SLA_RESOLUTION_TARGETS, SLA_RESOLUTION_BREACHED, BOT_CONVERSATIONS, BOT_ANSWERED, BOT_HANDED_OFF,
		CSAT_RESPONSES, CSAT_SATISFIED, CSAT_SCORE_SUM, NPS_RESPONSES, NPS_PROMOTERS, NPS_DETRACTORS;

		String column() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	enum Distribution {

		FIRST_REPLY_MINUTES, FIRST_REPLY_BUSINESS, RESOLUTION_MINUTES, RESOLUTION_BUSINESS;

		String column() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	Delta add(Counter counter, int by) {
		this.counters.merge(counter, by, Integer::sum);
		return this;
	}

	Delta add(Counter counter) {
		return add(counter, 1);
	}

	Delta duration(Distribution distribution, long minutes) {
		return duration(distribution, minutes, 1);
	}

	/**
	 * A duration added ({@code 1}) or taken back ({@code -1}) when a solved ticket
	 * reopens.
	 */
	Delta duration(Distribution distribution, long minutes, int sign) {
		this.buckets.put(distribution, dev.meridian.analytics.Durations.bucketOf(minutes));
		this.signs.put(distribution, sign);
		return this;
	}

	boolean isEmpty() {
		return this.counters.isEmpty() && this.buckets.isEmpty();
	}

}
