package dev.meridian.agents;

import dev.meridian.DomainException;

/**
 * Team names are unique.
 */
public class TeamNameTakenException extends DomainException {

	public TeamNameTakenException(String name) {
		super(Kind.CONFLICT, "A team named '" + name + "' exists already");
	}

	@Override
	public String type() {
		return "team-name-taken";
	}

}
