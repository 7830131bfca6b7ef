package dev.meridian.privacy;

import java.util.Optional;
import java.util.UUID;

/**
 * Who a customer id names, for privacy requests: implemented by the module that owns
 * customers.
 */
public interface DataSubjects {

	/** The customer with this id as they are now, if there is one. */
	Optional<DataSubject> find(UUID customerId);

}
