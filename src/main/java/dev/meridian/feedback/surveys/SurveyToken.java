package dev.meridian.feedback.surveys;

import dev.meridian.web.LinkToken;

/**
 * The secret in a survey's link, a {@link LinkToken}: only its SHA-256 finds the survey;
 * the token itself is kept only until the mail is written.
 */
public record SurveyToken(String value) {

	public static SurveyToken random() {
		return new SurveyToken(LinkToken.random().value());
	}

	/** Whether a path segment could be a token at all (so garbage is not hashed). */
	public static boolean plausible(String value) {
		return LinkToken.plausible(value);
	}

	public String sha256() {
		return new LinkToken(this.value).sha256();
	}

	@Override
	public String toString() {
		return "SurveyToken[…]";
	}

}
