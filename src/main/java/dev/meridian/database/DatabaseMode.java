package dev.meridian.database;

/**
 * Which database this server runs on, for other modules to decide e.g. whether to load
 * demo data.
 */
public enum DatabaseMode {

	/** PostgreSQL started by the server itself from the bundled binaries. */
	EMBEDDED,
	/** An external PostgreSQL configured by the operator. */
	EXTERNAL

}
