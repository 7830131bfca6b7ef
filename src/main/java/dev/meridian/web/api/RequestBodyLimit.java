package dev.meridian.web.api;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A body limit of its own for some API requests, in place of
 * {@code meridian.api.max-request-size}: a module whose endpoint takes bodies of a size
 * it configures (raw mail up to the mail size limit) declares it here, so the two limits
 * cannot contradict each other.
 */
public interface RequestBodyLimit {

	/**
	 * The largest body this request may have in bytes, or -1 when this limit is not for
	 * it.
	 */
	long limitFor(HttpServletRequest request);

}
