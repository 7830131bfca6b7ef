package dev.meridian.sla;

import dev.meridian.DomainException;

/**
 * Policy names are unique: tickets name the policy that set their clocks.
 */
public class SlaPolicyNameTakenException extends DomainException {

	public SlaPolicyNameTakenException(String name) {
		super(Kind.CONFLICT, "An SLA policy named '" + name + "' exists already");
	}

	@Override
	public String type() {
		return "sla-policy-name-taken";
	}

}
