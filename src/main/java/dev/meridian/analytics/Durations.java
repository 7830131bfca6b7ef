package dev.meridian.analytics;

import org.jspecify.annotations.Nullable;

/**
 * A mergeable distribution of durations in whole minutes, as the rollups keep it: counts
 * per bucket, exact below 100 minutes and with two significant digits above (10-minute
 * buckets up to 1,000 minutes, 100-minute ones up to 10,000, 1,000-minute ones up to
 * 100,000; longer durations share the last bucket). Distributions of any set of rows add
 * up bucket by bucket, so a median over a year costs no more than one over a day.
 */
public final class Durations {

	/** Buckets in a distribution. */
	public static final int BUCKETS = 370;

	private final long[] counts;

	private long total;

	public Durations() {
		this.counts = new long[BUCKETS];
	}

	/** The bucket a duration falls into. */
	public static int bucketOf(long minutes) {
		long m = Math.max(0, minutes);
		if (m < 100) {
			return (int) m;
		}
		if (m < 1_000) {
			return (int) (90 + m / 10);
		}
		if (m < 10_000) {
			return (int) (180 + m / 100);
		}
		if (m < 100_000) {
			return (int) (270 + m / 1_000);
		}
		return BUCKETS - 1;
	}

	/** The shortest duration of a bucket: what a percentile in it is reported as. */
	public static long lowerBound(int bucket) {
		if (bucket < 100) {
			return bucket;
		}
		if (bucket < 190) {
			return (bucket - 90) * 10L;
		}
		if (bucket < 280) {
			return (bucket - 180) * 100L;
		}
		return (bucket - 270) * 1_000L;
	}

	public void add(long minutes) {
		this.counts[bucketOf(minutes)]++;
		this.total++;
	}

	/** Adds a stored distribution (index = bucket, null = 0). */
	public void merge(@Nullable Integer[] stored) {
		merge(stored, 1);
	}

	/**
	 * Adds a stored distribution {@code times} times: -1 takes out one that a wider
	 * distribution added (a month's less an hour's).
	 */
	public void merge(@Nullable Integer[] stored, int times) {
		for (int i = 0; i < stored.length && i < BUCKETS; i++) {
			Integer count = stored[i];
			if (count != null) {
				this.counts[i] += (long) times * count;
				this.total += (long) times * count;
			}
		}
	}

	public long count() {
		return this.total;
	}

	/**
	 * The nearest-rank percentile (the smallest duration with at least {@code p} of the
	 * durations at or below it), as its bucket's lower bound; none for an empty
	 * distribution. The median of 10, 20, 30, 40 is 20.
	 */
	public @Nullable Long percentile(double p) {
		if (this.total == 0) {
			return null;
		}
		long rank = Math.max(1, (long) Math.ceil(p * this.total));
		long seen = 0;
		for (int i = 0; i < BUCKETS; i++) {
			seen += this.counts[i];
			if (seen >= rank) {
				return lowerBound(i);
			}
		}
		return lowerBound(BUCKETS - 1);
	}

	/** Median and 90th percentile in calendar and business minutes. */
	public record Summary(long count, @Nullable Long medianMinutes, @Nullable Long p90Minutes,
			@Nullable Long businessMedianMinutes, @Nullable Long businessP90Minutes) {

		public static Summary of(Durations calendar, Durations business) {
			return new Summary(calendar.count(), calendar.percentile(0.5), calendar.percentile(0.9),
					business.percentile(0.5), business.percentile(0.9));
		}

	}

}
