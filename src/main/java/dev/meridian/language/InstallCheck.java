package dev.meridian.language;

import java.util.List;

/**
 * A part of the server that works better with software installed from the operating
 * system's packages (Apertium and its pairs, FreeDict dictionaries) says what it lacks.
 * The language module reports them all at start-up and through
 * {@code GET /api/v1/language/engines}; other modules implement this for their own
 * pieces.
 */
public interface InstallCheck {

	/** What is missing now; empty when everything is installed. */
	List<MissingInstall> missing();

}
