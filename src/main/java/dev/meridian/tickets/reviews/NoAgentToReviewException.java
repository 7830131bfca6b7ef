package dev.meridian.tickets.reviews;

import dev.meridian.DomainException;

/**
 * A conversation no agent replied to and nobody was assigned to has nobody to review.
 */
public class NoAgentToReviewException extends DomainException {

	NoAgentToReviewException(long number) {
		super(Kind.CONFLICT, "Ticket #" + number + " has no agent's reply and no assignee: nobody to review");
	}

	@Override
	public String type() {
		return "review-no-agent";
	}

}
