package dev.meridian.agents;

/**
 * Where a language certification stands: claimed, then reviewed once by a supervisor.
 */
public enum CertificationStatus {

	/** Claimed, waiting for a supervisor. */
	PENDING,
	/** Checked: the agent's skill in the language is at least the certified level. */
	APPROVED,
	/** Not accepted: the agent's skills stay as they were. */
	REJECTED

}
