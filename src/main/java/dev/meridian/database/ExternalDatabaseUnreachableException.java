package dev.meridian.database;

/**
 * The configured external PostgreSQL cannot be reached; the server refuses to start.
 */
class ExternalDatabaseUnreachableException extends RuntimeException {

	private final String url;

	ExternalDatabaseUnreachableException(String url, String reason) {
		super("Cannot connect to the external PostgreSQL at " + redact(url) + ": " + reason);
		this.url = redact(url);
	}

	String url() {
		return this.url;
	}

	/** JDBC URLs may carry a password as a parameter; never print it. */
	static String redact(String url) {
		return url.replaceAll("(?i)(password=)[^&]*", "$1***");
	}

}
