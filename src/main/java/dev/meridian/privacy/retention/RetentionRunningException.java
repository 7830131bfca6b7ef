package dev.meridian.privacy.retention;

import dev.meridian.DomainException;

/** A retention run asked for while another one is going on somewhere in the cluster. */
class RetentionRunningException extends DomainException {

	RetentionRunningException() {
		super(Kind.CONFLICT, "A retention run is going on; read its report under /api/v1/privacy/retention/runs");
	}

	@Override
	public String type() {
		return "retention-running";
	}

}
