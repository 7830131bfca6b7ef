package dev.meridian.tickets;

/**
 * How delivery of an outbound message to the customer went, as its channel reports it.
 */
public enum DeliveryStatus {

	/** Waiting to be sent. */
	PENDING,
	/** A send failed; it will be tried again. */
	RETRYING,
	/** Handed to the mail server. */
	SENT,
	/** Given up after the last retry. */
	FAILED,
	/** Sent, but the recipient's server reported it undeliverable. */
	BOUNCED

}
