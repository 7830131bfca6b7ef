package dev.meridian.privacy;

import java.util.UUID;

import dev.meridian.DomainException;

/** An erasure asked for while the customer's export is being built. */
public class ErasureBlockedException extends DomainException {

	public ErasureBlockedException(UUID customerId) {
		super(Kind.CONFLICT,
				"Customer " + customerId + " has an export running; erase them once it is done (or has failed)");
	}

	@Override
	public String type() {
		return "export-running";
	}

}
