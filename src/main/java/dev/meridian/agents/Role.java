package dev.meridian.agents;

/**
 * What an agent may do. Each role includes the ones below it.
 */
public enum Role {

	/** Answers tickets. */
	AGENT,
	/** Also reassigns work and sees the whole team's tickets. */
	SUPERVISOR,
	/** Also configures markets, agents, teams and API tokens. */
	ADMIN;

	public boolean includes(Role other) {
		return compareTo(other) >= 0;
	}

}
