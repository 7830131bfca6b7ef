package dev.meridian.privacy;

import java.util.Optional;

/**
 * Names who is acting in the current request for the audit log, e.g. {@code agent:<id>}
 * or {@code token:<id>}: implemented by the module that signs people in.
 */
public interface CurrentActor {

	Optional<String> name();

}
