package dev.meridian.privacy.retention;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One retention run's report.
 *
 * @param id the run
 * @param status {@code running} (going on, or stopped half way: the next run goes on with
 * it), {@code done} or {@code failed}
 * @param asOf the moment the periods are counted back from, kept when a run is resumed
 * @param market the one market it was asked for, or {@code null} for all
 * @param startedBy who started it ({@code system} for the schedule)
 * @param removed how many items of each kind were removed or anonymized, per market
 * ({@code solvedTickets.FR}; {@code *} for the markets without periods of their own)
 * @param error what stopped a failed run
 */
record RetentionRun(UUID id, String status, Instant asOf, @Nullable String market, String startedBy, Instant startedAt,
		@Nullable Instant finishedAt, Map<String, Integer> removed, @Nullable String error) {

}
