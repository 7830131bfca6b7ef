package dev.meridian.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an unreachable external database into a short explanation at start-up.
 */
class ExternalDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<ExternalDatabaseUnreachableException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ExternalDatabaseUnreachableException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Check MERIDIAN_DATABASE_URL, MERIDIAN_DATABASE_USER and MERIDIAN_DATABASE_PASSWORD, and that the "
						+ "database server is running. Meridian does not fall back to its embedded database when an "
						+ "external one is configured; unset MERIDIAN_DATABASE_URL to run embedded.",
				cause);
	}

}
