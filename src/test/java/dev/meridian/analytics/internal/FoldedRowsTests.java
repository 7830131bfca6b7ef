package dev.meridian.analytics.internal;

import java.time.Instant;

import dev.meridian.analytics.Durations;
import dev.meridian.analytics.internal.Delta.Counter;
import dev.meridian.analytics.internal.Delta.Distribution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FoldedRowsTests {

	private static final Dims DE_EMAIL = new Dims("DE", "de", "email", "", "", false);

	private static final Dims DE_CHAT = new Dims("DE", "de", "chat", "", "", true);

	@Test
	void deltasOfOneHourAndDimensionsFoldIntoOneRowPerGrainAndEachProjection() {
		FoldedRows rows = new FoldedRows();
		Instant hour = Instant.parse("2026-03-29T01:00:00Z");
		rows.add(hour, DE_EMAIL, counters(Counter.CREATED, 1), none());
		rows.add(hour, DE_EMAIL, counters(Counter.CREATED, 1), none());

		assertThat(rows.deltas()).isEqualTo(2);
		// full dimensions, market × language, market × language × channel: per grain
		assertThat(rows.rows()).hasSize(9);
		assertThat(rows.rows().keySet()).extracting(FoldedRows.Key::grain).containsOnly("h", "d", "m");
		assertThat(rows.rows().values())
			.allSatisfy(s -> assertThat(s.counters[Counter.CREATED.ordinal()]).isEqualTo(2));
		FoldedRows.Key month = new FoldedRows.Key("m", Instant.parse("2026-03-01T00:00:00Z"), "DE", "de", "*", "*", "*",
				"*");
		assertThat(rows.rows()).containsKey(month);
		assertThat(rows.rows()).containsKey(
				new FoldedRows.Key("m", Instant.parse("2026-03-01T00:00:00Z"), "DE", "de", "email", "*", "*", "*"));
	}

	@Test
	void otherDimensionsShareTheMarketAndLanguageRowAndAChannelItsChannelRow() {
		FoldedRows rows = new FoldedRows();
		Instant hour = Instant.parse("2026-03-31T23:00:00Z");
		rows.add(hour, DE_EMAIL, counters(Counter.SOLVED, 1), none());
		rows.add(hour.plusSeconds(3600), DE_CHAT, counters(Counter.SOLVED, 1), none());

		// two hours, two days and two months (the second delta is in April), each with
		// its delta's full-dimension row, a market × language row and a channel row
		assertThat(rows.rows()).hasSize(18);
		FoldedRows.Key march = new FoldedRows.Key("m", Instant.parse("2026-03-01T00:00:00Z"), "DE", "de", "*", "*", "*",
				"*");
		assertThat(rows.rows().get(march).counters[Counter.SOLVED.ordinal()]).isEqualTo(1);
		FoldedRows.Key chat = new FoldedRows.Key("d", Instant.parse("2026-04-01T00:00:00Z"), "DE", "de", "chat", "", "",
				"y");
		assertThat(rows.rows().get(chat).counters[Counter.SOLVED.ordinal()]).isEqualTo(1);
		FoldedRows.Key chatChannel = new FoldedRows.Key("d", Instant.parse("2026-04-01T00:00:00Z"), "DE", "de", "chat",
				"*", "*", "*");
		assertThat(rows.rows().get(chatChannel).counters[Counter.SOLVED.ordinal()]).isEqualTo(1);
		FoldedRows.Key emailInApril = new FoldedRows.Key("d", Instant.parse("2026-04-01T00:00:00Z"), "DE", "de",
				"email", "*", "*", "*");
		assertThat(rows.rows()).doesNotContainKey(emailInApril);
	}

	@Test
	void aDurationTakenBackCancelsTheOneAddedAndLeavesNoDistribution() {
		FoldedRows rows = new FoldedRows();
		Instant hour = Instant.parse("2026-03-29T01:00:00Z");
		int bucket = Durations.bucketOf(4_020) + 1;
		rows.add(hour, DE_EMAIL, counters(Counter.SOLVED, 1), resolution(bucket));
		rows.add(hour, DE_EMAIL, counters(Counter.SOLVED, 0), resolution(-bucket));
		rows.add(hour, DE_EMAIL, counters(Counter.SOLVED, 1), resolution(Durations.bucketOf(45) + 1));

		FoldedRows.Sums sums = rows.rows().get(new FoldedRows.Key("h", hour, "DE", "de", "email", "", "", "n"));
		Integer[] stored = sums.distribution(Distribution.RESOLUTION_MINUTES);
		assertThat(stored).hasSize(46);
		assertThat(stored[45]).isEqualTo(1);
		assertThat(stored).filteredOn(count -> count != null).hasSize(1);
		assertThat(sums.distribution(Distribution.FIRST_REPLY_MINUTES)).isNull();
	}

	private static long[] counters(Counter counter, long value) {
		long[] counters = new long[Counter.values().length];
		counters[counter.ordinal()] = value;
		return counters;
	}

	private static int[] none() {
		return new int[Distribution.values().length];
	}

	private static int[] resolution(int signedBucket) {
		int[] buckets = none();
		buckets[Distribution.RESOLUTION_MINUTES.ordinal()] = signedBucket;
		return buckets;
	}

}
