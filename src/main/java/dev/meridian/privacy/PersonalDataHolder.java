package dev.meridian.privacy;

import java.util.Map;

/**
 * A module that keeps personal data about customers. Each module implements it for its
 * own tables and files, so erasing or exporting a customer never reaches into another
 * module's storage. Implementations are Spring beans; privacy finds them all.
 */
public interface PersonalDataHolder {

	/** A short stable name for this holder's part of an export or erasure report. */
	String name();

	/**
	 * When this holder erases relative to the others (lower first). Holders that read
	 * what others erase (e.g. texts to forget in the translation memory) run first; the
	 * search index is cleaned last.
	 */
	default int erasureOrder() {
		return 0;
	}

	/** Writes what this module holds about the subject into the archive. */
	void export(DataSubject subject, ExportArchive archive);

	/**
	 * Removes or anonymizes what this module holds about the subject, within the caller's
	 * transaction, and says how many of each kind of thing it removed or anonymized. Must
	 * be idempotent: a second call finds nothing left and reports zeros.
	 */
	Map<String, Integer> erase(DataSubject subject);

	/**
	 * What {@link #erase} will keep of the subject under a market's {@link LegalHold},
	 * asked just before it in the same transaction, for the erasure's report. Most
	 * holders keep nothing.
	 */
	default java.util.List<LegalHold.Kept> kept(DataSubject subject) {
		return java.util.List.of();
	}

	/**
	 * The ids, besides the customer's, by which this module's events name the subject's
	 * data (a ticket's events name the ticket): an erasure waits for listeners still due
	 * on any of them, so none that began before it writes the old names back.
	 */
	default java.util.List<String> eventKeys(DataSubject subject) {
		return java.util.List.of();
	}

	/**
	 * Called once the erasure's transaction has committed, for stores outside the
	 * database that must follow it (the search index's files). Must be idempotent.
	 */
	default void erased(DataSubject subject) {
	}

}
