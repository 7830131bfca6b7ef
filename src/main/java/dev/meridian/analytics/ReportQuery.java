package dev.meridian.analytics;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * A report over the viewer's days {@code from} to {@code to} (both included) in
 * {@code zone}, one row per key of {@code groupBy}, counting only what matches every
 * filter.
 */
public record ReportQuery(LocalDate from, LocalDate to, ZoneId zone, Dimension groupBy,
		Map<Dimension, String> filters) {

	/** The longest range a report covers, in days. */
	public static final int MAX_DAYS = 366;

	public ReportQuery {
		filters = Map.copyOf(filters);
		if (to.isBefore(from)) {
			throw new dev.meridian.InvalidValueException("to", "to (" + to + ") is before from (" + from + ")");
		}
		long days = ChronoUnit.DAYS.between(from, to) + 1;
		if (days > MAX_DAYS) {
			throw new ReportRangeTooLongException(from, to, days, MAX_DAYS);
		}
	}

	/**
	 * The first day of the period customer retention looks back on: as many days as the
	 * range, just before it.
	 */
	public LocalDate retentionFrom() {
		return this.from.minusDays(ChronoUnit.DAYS.between(this.from, this.to) + 1);
	}

	/** The last day of the period customer retention looks back on. */
	public LocalDate retentionTo() {
		return this.from.minusDays(1);
	}

	/** Whether the market × language projection answers it. */
	boolean fitsProjection() {
		return this.groupBy.inProjection() && this.filters.keySet().stream().allMatch(Dimension::inProjection);
	}

}
