package dev.meridian.markets;

import dev.meridian.DomainException;

/**
 * A playbook's source was written in another language than its own, or a translation was
 * written in the source's language.
 */
public class PlaybookLanguageException extends DomainException {

	public PlaybookLanguageException(CountryCode market, String message) {
		super(Kind.CONFLICT, "Playbook of " + market.value() + ": " + message);
	}

	@Override
	public String type() {
		return "playbook-language";
	}

}
