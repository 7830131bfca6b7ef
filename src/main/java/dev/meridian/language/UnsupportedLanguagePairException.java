package dev.meridian.language;

import dev.meridian.DomainException;

/**
 * No configured engine translates this pair, directly or through a third language.
 */
public class UnsupportedLanguagePairException extends DomainException {

	private final LanguagePair pair;

	public UnsupportedLanguagePairException(LanguagePair pair, String engines) {
		super(Kind.INVALID, "No translation engine translates " + pair.from() + " to " + pair.to()
				+ ", directly or through a third language (engines tried: " + engines + ")");
		this.pair = pair;
	}

	public LanguagePair pair() {
		return this.pair;
	}

	@Override
	public String type() {
		return "unsupported-language-pair";
	}

}
