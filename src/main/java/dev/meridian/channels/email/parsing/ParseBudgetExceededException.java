package dev.meridian.channels.email.parsing;

/**
 * Reading a mail took longer than its budget: it goes to the quarantine, where an admin
 * can look at it, instead of holding an intake thread.
 */
public class ParseBudgetExceededException extends UnreadableMailException {

	/** The quarantine reason. */
	public static final String REASON = "parse-budget-exceeded";

	public ParseBudgetExceededException() {
		this("Reading the message took longer than its parse budget");
	}

	public ParseBudgetExceededException(String detail) {
		super(REASON, detail);
	}

}
