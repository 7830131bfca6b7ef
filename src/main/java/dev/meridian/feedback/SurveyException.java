package dev.meridian.feedback;

import dev.meridian.DomainException;

/**
 * A survey cannot be asked or answered as requested. The {@link Reason} says why, so the
 * public page and the API each answer in their own way (a page in the customer's
 * language, problem+json 404/409/410).
 */
public class SurveyException extends DomainException {

	/** Why. */
	public enum Reason {

		/** No survey has this token. */
		UNKNOWN,
		/** It was answered already: nothing is stored twice. */
		ANSWERED,
		/** Its 28 days (or the configured validity) are over, or it was never sent. */
		EXPIRED,
		/** The ticket's survey was sent already: at most once per ticket. */
		ALREADY_SENT,
		/** The customer opted out of messages they did not ask for. */
		OPTED_OUT,
		/** The customer has no address to send it to. */
		NO_ADDRESS

	}

	private final Reason reason;

	public SurveyException(Reason reason, String message) {
		super(reason == Reason.UNKNOWN ? Kind.NOT_FOUND : Kind.CONFLICT, message);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	@Override
	public String type() {
		return switch (this.reason) {
			case UNKNOWN -> "survey-unknown";
			case ANSWERED -> "survey-answered";
			case EXPIRED -> "survey-expired";
			case ALREADY_SENT -> "survey-already-sent";
			case OPTED_OUT -> "customer-opted-out";
			case NO_ADDRESS -> "customer-without-address";
		};
	}

}
