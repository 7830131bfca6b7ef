package dev.meridian.privacy;

/**
 * The ZIP a subject access export is written into. Holders add machine-readable sections
 * (any value Jackson can write: records, lists, maps) and files; privacy writes the JSON
 * and the readable HTML summary from them.
 */
public interface ExportArchive {

	/**
	 * Adds a section, written to {@code <section>.json} and summarized in the HTML page.
	 * @param section a stable name, e.g. {@code tickets}; its title comes from the bundle
	 * key {@code privacy.export.section.<section>}
	 * @param items the section's items
	 */
	void section(String section, java.util.List<?> items);

	/** Adds a file as it is stored (an attachment, a raw mail) under {@code files/}. */
	void file(String path, byte[] content);

}
