package dev.meridian.privacy;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Which rows one pass of a retention run covers: one market's, or (market {@code null})
 * those of every market without rules of its own and those with no market at all.
 *
 * @param market the market's country code, or {@code null} for the rest
 * @param marketsWithOwnRules the markets the rest leaves out
 */
public record RetentionScope(@Nullable String market, List<String> marketsWithOwnRules) {

	public RetentionScope {
		marketsWithOwnRules = List.copyOf(marketsWithOwnRules);
	}

	/** The scope of everything: for kinds kept by one period for all markets. */
	public static RetentionScope everything() {
		return new RetentionScope(null, List.of());
	}

	/**
	 * The SQL condition on a market column, with one placeholder for
	 * {@link #parameter()}: e.g. {@code (t.market_code = ?)}.
	 */
	public String condition(String column) {
		return this.market != null ? "(" + column + " = ?)"
				: "(" + column + " is null or not (" + column + " = any (?)))";
	}

	/** The value for the condition's placeholder. */
	public Object parameter() {
		return this.market != null ? this.market : this.marketsWithOwnRules.toArray(String[]::new);
	}

	/** Its name in run reports: the market, or {@code *} for the rest. */
	public String label() {
		return this.market != null ? this.market : "*";
	}

}
