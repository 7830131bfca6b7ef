package dev.meridian.bench;

/** A customer as the ticket-creation request names it. */
record Customer(String email, String givenName, String familyName, String displayName, String language,
		String timeZone, String country) {

	/** BCP 47 locale, e.g. "de-DE" or "pt-BR". */
	String locale() {
		return language.contains("-") ? language : language + "-" + country;
	}

	String toJson() {
		return Json.object("email", email, "name", displayName, "givenName", givenName, "familyName", familyName,
				"language", language, "locale", locale(), "timeZone", timeZone, "country", country);
	}

}
