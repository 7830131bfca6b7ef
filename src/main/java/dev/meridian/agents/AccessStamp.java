package dev.meridian.agents;

import java.io.Serializable;

import org.jspecify.annotations.Nullable;

/**
 * What a session was granted on: the agent's role, whether they were active, their
 * address and their password (as its hash). When any of these changes, sessions that
 * began before it no longer stand (deactivated, demoted, password reset).
 */
public record AccessStamp(Role role, boolean active, String email,
		@Nullable String passwordHash) implements Serializable {

	/** Never put the password hash in a log. */
	@Override
	public String toString() {
		return "AccessStamp[" + this.role + ", active=" + this.active + "]";
	}

}
