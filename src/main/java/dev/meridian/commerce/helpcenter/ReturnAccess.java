package dev.meridian.commerce.helpcenter;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * What a followed link grants, kept in the visitor's session: the return page of one
 * order, until {@code until}.
 */
record ReturnAccess(UUID order, String language, Instant until) implements Serializable {

	static final String SESSION_ATTRIBUTE = ReturnAccess.class.getName();

}
