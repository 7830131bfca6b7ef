package dev.meridian.analytics;

/**
 * Which rows of {@code analytics_rollups} answer a report: the market × language
 * projection when it slices and filters by nothing else, the market × language × channel
 * projection when channel is all it adds, else the full dimensions. Each reads a third to
 * a tenth of the rows of the next, and its histogram cells are what a report costs.
 */
enum Projection {

	MARKET_LANGUAGE("r.channel = '*'"),

	CHANNEL("r.channel <> '*' and r.team = '*'"),

	FULL("r.channel <> '*' and r.team <> '*'");

	/** The rows' condition, as the partial indexes on the rollups spell it. */
	final String condition;

	Projection(String condition) {
		this.condition = condition;
	}

	static Projection of(ReportQuery query) {
		if (query.fitsProjection()) {
			return MARKET_LANGUAGE;
		}
		boolean channels = query.groupBy().inProjection() || query.groupBy() == Dimension.CHANNEL;
		for (Dimension filter : query.filters().keySet()) {
			channels &= filter.inProjection() || filter == Dimension.CHANNEL;
		}
		return channels ? CHANNEL : FULL;
	}

}
