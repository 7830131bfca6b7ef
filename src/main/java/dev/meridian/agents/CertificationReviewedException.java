package dev.meridian.agents;

import dev.meridian.DomainException;

/**
 * A certification is reviewed once: this one was approved or rejected already, or the
 * record has none.
 */
public class CertificationReviewedException extends DomainException {

	public CertificationReviewedException(String message) {
		super(Kind.CONFLICT, message);
	}

	@Override
	public String type() {
		return "certification-reviewed";
	}

}
