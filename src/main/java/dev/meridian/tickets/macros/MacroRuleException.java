package dev.meridian.tickets.macros;

import dev.meridian.DomainException;

/**
 * A change to macros that their rules refuse: a name another macro has, removing the
 * source variant, more variants than a macro may have.
 */
public class MacroRuleException extends DomainException {

	private final String type;

	MacroRuleException(String type, String message) {
		super(Kind.CONFLICT, message);
		this.type = type;
	}

	@Override
	public String type() {
		return this.type;
	}

}
