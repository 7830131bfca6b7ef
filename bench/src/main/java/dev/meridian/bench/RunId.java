package dev.meridian.bench;

import java.util.concurrent.ThreadLocalRandom;

/** A short random tag that keeps this process's e-mail addresses apart from other runs'. */
final class RunId {

	private static final String VALUE = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36),
			36);

	private RunId() {
	}

	static String get() {
		return VALUE;
	}

}
