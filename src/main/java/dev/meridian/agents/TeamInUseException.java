package dev.meridian.agents;

import dev.meridian.DomainException;

/**
 * A team that tickets still belong to cannot be deleted.
 */
public class TeamInUseException extends DomainException {

	public TeamInUseException(TeamId id) {
		super(Kind.CONFLICT, "Team " + id + " still owns tickets");
	}

	@Override
	public String type() {
		return "team-in-use";
	}

}
