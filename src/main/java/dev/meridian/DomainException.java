package dev.meridian;

/**
 * A rule of the domain was broken. Each module declares its own exceptions with a
 * meaning; the {@link Kind} tells the API layer once how to answer them, so no module
 * needs to know about HTTP.
 */
public abstract class DomainException extends RuntimeException {

	/** How a broken rule is reported to a client. */
	public enum Kind {

		/** The thing asked for does not exist. */
		NOT_FOUND,
		/** The request is well formed but conflicts with the current state. */
		CONFLICT,
		/** A value is not acceptable. */
		INVALID,
		/** The caller may not do this. */
		FORBIDDEN

	}

	private final Kind kind;

	protected DomainException(Kind kind, String message) {
		super(message);
		this.kind = kind;
	}

	public Kind kind() {
		return this.kind;
	}

	/**
	 * A short, stable, machine-readable name for the problem, e.g. {@code ticket-closed}.
	 */
	public abstract String type();

}
