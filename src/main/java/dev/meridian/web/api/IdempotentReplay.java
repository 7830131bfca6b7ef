package dev.meridian.web.api;

import java.util.List;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What a handler tells the {@code Idempotency-Key} handling about its answer. A secret in
 * an answer (a new API token) is shown once: the stored copy a retry with the same key
 * gets leaves it out (null), so no secret is kept in the database for replay.
 */
public final class IdempotentReplay {

	static final String WITHHELD = IdempotentReplay.class.getName() + ".withheld";

	private IdempotentReplay() {
	}

	/** These top-level members of the current request's JSON answer are secrets. */
	public static void withhold(String... members) {
		RequestContextHolder.currentRequestAttributes()
			.setAttribute(WITHHELD, List.of(members), RequestAttributes.SCOPE_REQUEST);
	}

}
