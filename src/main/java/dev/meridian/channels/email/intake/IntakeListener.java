package dev.meridian.channels.email.intake;

import dev.meridian.channels.email.parsing.ParsedMail;

/**
 * Told when a mail is stored, inside the same transaction, e.g. to queue the customer's
 * acknowledgement in the outbox: both happen or neither.
 */
public interface IntakeListener {

	void stored(IntakeResult.Stored stored, ParsedMail mail, EmailIntake.Origin origin, boolean newTicket);

}
