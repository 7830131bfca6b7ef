package dev.meridian.bench;

import java.util.concurrent.atomic.AtomicInteger;

/** Prints the first few failures of a run as they happen, and counts the rest. */
final class ErrorSamples {

	private final int limit;

	private final AtomicInteger seen = new AtomicInteger();

	ErrorSamples(int limit) {
		this.limit = limit;
	}

	void report(String description) {
		int n = seen.incrementAndGet();
		if (n <= limit) {
			System.out.println("  error #" + n + ": " + abbreviate(description, 600));
		}
		else if (n == limit + 1) {
			System.out.println("  (further errors are counted, not printed)");
		}
	}

	int count() {
		return seen.get();
	}

	private static String abbreviate(String text, int max) {
		String oneLine = text.replaceAll("\\s+", " ").trim();
		return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "...";
	}

}
