package dev.meridian.knowledge;

import dev.meridian.DomainException;

/** Slugs are unique per locale, so that every help center address names one article. */
public class SlugTakenException extends DomainException {

	public SlugTakenException(String locale, String slug) {
		super(Kind.CONFLICT, "The slug '" + slug + "' is already used by another article in " + locale);
	}

	@Override
	public String type() {
		return "slug-taken";
	}

}
