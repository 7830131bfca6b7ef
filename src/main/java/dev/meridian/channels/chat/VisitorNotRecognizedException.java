package dev.meridian.channels.chat;

/**
 * A request named a conversation with no token, a wrong one or one that has expired. The
 * answer is the same in every case, so a stranger learns nothing about which
 * conversations exist.
 */
public class VisitorNotRecognizedException extends RuntimeException {

	VisitorNotRecognizedException() {
		super("This conversation needs its visitor token (Authorization: Visitor <token>), "
				+ "and the token given is unknown or has expired");
	}

}
