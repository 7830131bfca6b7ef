package dev.meridian.analytics.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.meridian.analytics.Durations;
import dev.meridian.analytics.internal.Delta.Counter;
import dev.meridian.analytics.internal.Delta.Distribution;
import org.jspecify.annotations.Nullable;

/**
 * A batch of deltas added up per rollup row it folds into: each delta counts in its UTC
 * hour, day and month, under its full dimensions, under the market × language projection
 * and under the market × language × channel projection, so a batch of n deltas becomes at
 * most 9n rows and usually far fewer (a busy market's month row once per batch, not once
 * per event).
 */
final class FoldedRows {

	/** A rollup row's key, as {@code analytics_rollups} spells it. */
	record Key(String grain, Instant bucket, String market, String language, String channel, String team, String agent,
			String translated) {

		static final Comparator<Key> ORDER = Comparator.comparing(Key::grain)
			.thenComparing(Key::bucket)
			.thenComparing(Key::market)
			.thenComparing(Key::language)
			.thenComparing(Key::channel)
			.thenComparing(Key::team)
			.thenComparing(Key::agent)
			.thenComparing(Key::translated);

	}

	/** What the batch adds to one row: counters and bucket counts per distribution. */
	static final class Sums {

		final long[] counters = new long[Counter.values().length];

		final long[][] buckets = new long[Distribution.values().length][];

		void add(long[] counters, int[] signedBuckets) {
			for (int i = 0; i < counters.length; i++) {
				this.counters[i] += counters[i];
			}
			for (int d = 0; d < signedBuckets.length; d++) {
				int signed = signedBuckets[d];
				if (signed != 0) {
					if (this.buckets[d] == null) {
						this.buckets[d] = new long[Durations.BUCKETS];
					}
					this.buckets[d][Math.abs(signed) - 1] += Integer.signum(signed);
				}
			}
		}

		/**
		 * The distribution as the rollups store it: up to its last bucket counted, NULL
		 * where the batch added nothing; null when it added nothing at all.
		 */
		Integer @Nullable [] distribution(Distribution distribution) {
			long[] counts = this.buckets[distribution.ordinal()];
			if (counts == null) {
				return null;
			}
			int last = counts.length - 1;
			while (last >= 0 && counts[last] == 0) {
				last--;
			}
			if (last < 0) {
				return null;
			}
			Integer[] stored = new Integer[last + 1];
			for (int i = 0; i <= last; i++) {
				stored[i] = counts[i] == 0 ? null : Math.toIntExact(counts[i]);
			}
			return stored;
		}

	}

	private final Map<Key, Sums> rows = new TreeMap<>(Key.ORDER);

	private int deltas;

	/**
	 * One delta: its hour, dimensions, counters (by {@link Counter} order) and one signed
	 * bucket + 1 per {@link Distribution} (0 for none).
	 */
	void add(Instant hour, Dims dims, long[] counters, int[] signedBuckets) {
		this.deltas++;
		Instant day = hour.truncatedTo(ChronoUnit.DAYS);
		Instant month = hour.atZone(ZoneOffset.UTC)
			.toLocalDate()
			.withDayOfMonth(1)
			.atStartOfDay(ZoneOffset.UTC)
			.toInstant();
		for (String grain : List.of("h", "d", "m")) {
			Instant bucket = switch (grain) {
				case "h" -> hour;
				case "d" -> day;
				default -> month;
			};
			row(new Key(grain, bucket, dims.market(), dims.language(), dims.channel(), dims.team(), dims.agent(),
					dims.translatedKey()))
				.add(counters, signedBuckets);
			row(new Key(grain, bucket, dims.market(), dims.language(), Dims.ALL, Dims.ALL, Dims.ALL, Dims.ALL))
				.add(counters, signedBuckets);
			row(new Key(grain, bucket, dims.market(), dims.language(), dims.channel(), Dims.ALL, Dims.ALL, Dims.ALL))
				.add(counters, signedBuckets);
		}
	}

	private Sums row(Key key) {
		return this.rows.computeIfAbsent(key, k -> new Sums());
	}

	/** The rows in key order (so two folds would take row locks in the same order). */
	Map<Key, Sums> rows() {
		return this.rows;
	}

	int deltas() {
		return this.deltas;
	}

}
