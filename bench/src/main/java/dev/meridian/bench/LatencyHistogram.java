package dev.meridian.bench;

import java.util.Arrays;

/**
 * Records latencies (nanoseconds) exactly: every value is kept in a growing array and
 * sorted when percentiles are asked for. Not thread-safe: give each worker its own and
 * {@link #merge} them at the end.
 */
final class LatencyHistogram {

	private long[] values = new long[4096];

	private int size;

	void record(long nanos) {
		if (size == values.length) {
			values = Arrays.copyOf(values, size * 2);
		}
		values[size++] = nanos;
	}

	void merge(LatencyHistogram other) {
		for (int i = 0; i < other.size; i++) {
			record(other.values[i]);
		}
	}

	int count() {
		return size;
	}

	/** A sorted, immutable view for percentiles. */
	Snapshot snapshot() {
		long[] sorted = Arrays.copyOf(values, size);
		Arrays.sort(sorted);
		return new Snapshot(sorted);
	}

	static final class Snapshot {

		private final long[] sorted;

		private Snapshot(long[] sorted) {
			this.sorted = sorted;
		}

		/** Nearest-rank percentile in milliseconds, NaN when nothing was recorded. */
		double percentileMillis(double percentile) {
			if (sorted.length == 0) {
				return Double.NaN;
			}
			int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
			int index = Math.min(sorted.length - 1, Math.max(0, rank - 1));
			return sorted[index] / 1_000_000.0;
		}

		double maxMillis() {
			return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1_000_000.0;
		}

	}

}
