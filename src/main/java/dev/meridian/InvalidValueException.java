package dev.meridian;

/**
 * A single field holds a value that is not acceptable, e.g. an unknown time zone.
 */
public class InvalidValueException extends DomainException {

	private final String field;

	public InvalidValueException(String field, String message) {
		super(Kind.INVALID, message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

	@Override
	public String type() {
		return "invalid-value";
	}

}
