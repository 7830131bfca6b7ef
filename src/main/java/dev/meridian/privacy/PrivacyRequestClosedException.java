package dev.meridian.privacy;

import java.util.UUID;

import dev.meridian.DomainException;

/** A privacy request closed already is closed again. */
public class PrivacyRequestClosedException extends DomainException {

	public PrivacyRequestClosedException(UUID id, String status) {
		super(Kind.CONFLICT, "Privacy request " + id + " is " + status + " already");
	}

	@Override
	public String type() {
		return "privacy-request-closed";
	}

}
