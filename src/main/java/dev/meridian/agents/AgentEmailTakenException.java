package dev.meridian.agents;

import dev.meridian.DomainException;

/**
 * Another agent already signs in with this address.
 */
public class AgentEmailTakenException extends DomainException {

	public AgentEmailTakenException(String email) {
		super(Kind.CONFLICT, "Another agent already signs in with " + email);
	}

	@Override
	public String type() {
		return "agent-email-taken";
	}

}
