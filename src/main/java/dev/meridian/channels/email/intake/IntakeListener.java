package dev.meridian.channels.email.intake;

import dev.meridian.channels.email.parsing.ParsedMail;

/**
 * Told when a mail is stored, inside the same transaction, e.g. to queue the customer's
 * acknowledgement in the outbox: both happen or neither.
 */
public interface IntakeListener {

	/**
	 * @param newTicket whether the mail opened a ticket
	 * @param knownSender whether the sender was a customer before this mail
	 */
	void stored(IntakeResult.Stored stored, ParsedMail mail, EmailIntake.Origin origin, boolean newTicket,
			boolean knownSender);

}
