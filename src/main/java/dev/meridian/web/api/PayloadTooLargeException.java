package dev.meridian.web.api;

/**
 * A request body is larger than the API accepts.
 */
class PayloadTooLargeException extends RuntimeException {

	PayloadTooLargeException(long limit) {
		super("The request body is larger than " + limit + " bytes");
	}

}
