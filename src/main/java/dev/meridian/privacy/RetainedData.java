package dev.meridian.privacy;

import java.time.Instant;

/**
 * A module that keeps something retention rules remove after a period, for its own tables
 * and files. Privacy's retention run calls it in batches, each in a transaction of its
 * own committed before the next, so a run that stops half way goes on from where it was.
 * Implementations are Spring beans; privacy finds them all. Several may serve one kind.
 */
public interface RetainedData {

	/** What it removes. */
	RetainedKind kind();

	/**
	 * Removes or anonymizes at most {@code batch} items of its kind in the scope that are
	 * older than the cutoff, within the caller's transaction, and says how many. An item
	 * done must not be found again (a second call after the last finds nothing), and
	 * fewer than {@code batch} means nothing is left. Stores outside the database follow
	 * after the commit.
	 */
	int removeOlderThan(RetentionScope scope, Instant cutoff, int batch);

}
