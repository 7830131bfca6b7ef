package dev.meridian;

/**
 * The thing asked for by id or code does not exist.
 */
public class NotFoundException extends DomainException {

	public NotFoundException(String what, Object id) {
		super(Kind.NOT_FOUND, what + " " + id + " does not exist");
	}

	@Override
	public String type() {
		return "not-found";
	}

}
