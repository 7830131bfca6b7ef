package dev.meridian.customers;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the panels of one customer 360 read once and share: several panels show facts from
 * the same read (orders, their parcels, their returns), and reading it once per panel
 * would multiply the queries of every customer page. One instance serves one customer and
 * one item limit, for the length of one assembly; it is not shared across threads.
 */
public final class PanelReads {

	private final Map<Class<?>, Object> reads = new HashMap<>();

	/** The read of this type done earlier in this 360, or done now by {@code read}. */
	public <T> T of(Class<T> type, Supplier<T> read) {
		Object found = this.reads.get(type);
		if (found == null) {
			found = read.get();
			this.reads.put(type, found);
		}
		return type.cast(found);
	}

}
