package dev.meridian.bench;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Time-ordered UUIDs (version 7), which keep primary-key indexes append-mostly. */
final class Uuids {

	private Uuids() {
	}

	static UUID timeOrdered() {
		return timeOrdered(System.currentTimeMillis());
	}

	static UUID timeOrdered(long epochMillis) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long msb = (epochMillis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
		long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
		return new UUID(msb, lsb);
	}

}
