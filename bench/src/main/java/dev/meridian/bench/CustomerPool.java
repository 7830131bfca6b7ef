package dev.meridian.bench;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Customers that already exist in the database, for "returning customer" tickets. A
 * bounded ring: once full, new customers replace the oldest. Thread-safe.
 */
final class CustomerPool {

	private final AtomicReferenceArray<Customer> slots;

	private final AtomicLong added = new AtomicLong();

	CustomerPool(int capacity) {
		this.slots = new AtomicReferenceArray<>(capacity);
	}

	void add(Customer customer) {
		long index = added.getAndIncrement();
		slots.set((int) (index % slots.length()), customer);
	}

	/** A random known customer, or null while there is none yet. */
	Customer pickRandom() {
		long size = Math.min(added.get(), slots.length());
		if (size == 0) {
			return null;
		}
		return slots.get(ThreadLocalRandom.current().nextInt((int) size));
	}

}
