package dev.meridian.analytics;

import dev.meridian.DomainException;

/** Another recomputation of the rollups is running (on this node or another). */
public class RecomputationRunningException extends DomainException {

	public RecomputationRunningException() {
		super(Kind.CONFLICT, "The rollups are being recomputed already; try again when that run has finished");
	}

	@Override
	public String type() {
		return "recomputation-running";
	}

}
