package dev.meridian.markets;

/**
 * The title a customer is addressed with, as they asked to be. {@link #MX} is the
 * gender-neutral title where a language has one (English "Mx."); a language without one
 * addresses such a customer, like {@link #NONE}, by full name ("Guten Tag Anna Schmidt").
 * Whether a language puts a title at all is its cultural profile's business: Japanese
 * always writes 様, whatever the title.
 */
public enum FormOfAddress {

	/** Frau, Madame, Sra., Ms. */
	MS,
	/** Herr, Monsieur, Sr., Mr. */
	MR,
	/** A gender-neutral title (Mx.), else the full name without a title. */
	MX,
	/** No title: the full name. */
	NONE

}
