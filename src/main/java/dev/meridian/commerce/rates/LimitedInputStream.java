package dev.meridian.commerce.rates;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Fails once more than a limit has been read, so a runaway or hostile response cannot
 * fill the heap while it is parsed.
 */
final class LimitedInputStream extends FilterInputStream {

	private final long limit;

	private long read;

	LimitedInputStream(InputStream in, long limit) {
		super(in);
		this.limit = limit;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			count(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			count(n);
		}
		return n;
	}

	private void count(long n) {
		this.read += n;
		if (this.read > this.limit) {
			throw new TooLarge();
		}
	}

	/** Thrown (unchecked, so it crosses the XML parser) when the limit is passed. */
	static final class TooLarge extends RuntimeException {

		TooLarge() {
			super("over the size limit", null, false, false);
		}

	}

}
