package dev.meridian.markets;

/**
 * How formally a customer prefers to be written to. {@link #DEFAULT} leaves it to the
 * customer's culture (German customer service writes Sie, Dutch often je).
 */
public enum Formality {

	FORMAL, INFORMAL,
	/** As the customer's language usually does in customer service. */
	DEFAULT

}
