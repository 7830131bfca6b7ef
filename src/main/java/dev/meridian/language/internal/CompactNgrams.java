package dev.meridian.language.internal;

import java.util.Arrays;
import java.util.NoSuchElementException;

import it.unimi.dsi.fastutil.HashCommon;
import it.unimi.dsi.fastutil.objects.AbstractObject2FloatMap;
import it.unimi.dsi.fastutil.objects.AbstractObjectSet;
import it.unimi.dsi.fastutil.objects.Object2FloatMap;
import it.unimi.dsi.fastutil.objects.Object2FloatOpenHashMap;
import it.unimi.dsi.fastutil.objects.ObjectIterator;
import it.unimi.dsi.fastutil.objects.ObjectSet;
import org.jspecify.annotations.Nullable;

/**
 * One of Lingua's n-gram models (the relative frequencies of one language's n-grams of
 * one length), read-only and in about a third of the memory of Lingua's own map. Lingua
 * keeps each n-gram as a {@code String} in a hash map: some 60 bytes for a five-letter
 * n-gram, almost all of it object headers. Here the n-grams of the model's length lie
 * side by side in one {@code char[]}, their frequencies in a {@code float[]}, and an open
 * addressing table of entry numbers finds them (about 22 bytes for a five-letter n-gram).
 * Each slot also holds eight bits of its n-gram's hash: most look-ups are for n-grams the
 * language does not have, and those walk a few neighbouring slots without reading a
 * single n-gram's characters (before, every slot probed was a cache miss in the keys).
 * The rare n-gram of another length in UTF-16 units (a character outside the Basic
 * Multilingual Plane) keeps a map of its own.
 * <p>
 * Lookups give exactly the floats Lingua's map gives, and 0 for an unknown n-gram, as
 * Lingua's does.
 */
final class CompactNgrams extends AbstractObject2FloatMap<String> {

	private static final long serialVersionUID = 1L;

	/** Fraction of the table's slots in use at most: short probe sequences. */
	private static final double LOAD = 0.8;

	private final int length;

	/**
	 * Entry {@code i}'s n-gram is
	 * {@code keys[i * length] .. keys[i * length + length - 1]}.
	 */
	private final char[] keys;

	private final float[] values;

	/**
	 * For each slot: 0 when empty, else the entry number + 1 in the low
	 * {@value #ENTRY_BITS} bits and eight bits of the n-gram's hash above them.
	 */
	private final int[] slots;

	private static final int ENTRY_BITS = 24;

	private static final int ENTRY_MASK = (1 << ENTRY_BITS) - 1;

	private final Object2FloatOpenHashMap<String> others;

	private CompactNgrams(int length, char[] keys, float[] values, int[] slots,
			Object2FloatOpenHashMap<String> others) {
		this.length = length;
		this.keys = keys;
		this.values = values;
		this.slots = slots;
		this.others = others;
	}

	/** A compact copy of a model whose n-grams have {@code length} characters. */
	static CompactNgrams of(int length, Object2FloatMap<String> model) {
		Object2FloatOpenHashMap<String> others = new Object2FloatOpenHashMap<>();
		int count = 0;
		for (String ngram : model.keySet()) {
			if (ngram.length() == length) {
				count++;
			}
		}
		if (count >= ENTRY_MASK) {
			throw new IllegalStateException("A model of " + count + " n-grams is more than a compact model holds");
		}
		char[] keys = new char[count * length];
		float[] values = new float[count];
		int[] slots = new int[Math.max(2, (int) Math.ceil(count / LOAD))];
		int entry = 0;
		for (Object2FloatMap.Entry<String> each : model.object2FloatEntrySet()) {
			String ngram = each.getKey();
			if (ngram.length() != length) {
				others.put(ngram, each.getFloatValue());
				continue;
			}
			ngram.getChars(0, length, keys, entry * length);
			values[entry] = each.getFloatValue();
			int hash = HashCommon.mix(ngram.hashCode());
			int slot = slot(hash, slots.length);
			while (slots[slot] != 0) {
				slot = (slot + 1 == slots.length) ? 0 : slot + 1;
			}
			slots[slot] = fingerprint(hash) | (entry + 1);
			entry++;
		}
		others.trim();
		return new CompactNgrams(length, keys, values, slots, others);
	}

	/**
	 * A compact model of n-grams already laid side by side ({@code keys}, {@code length}
	 * characters each, frequencies in {@code values}) and the rare ones of another
	 * length; null when an n-gram occurs twice in {@code keys}, which a model cannot
	 * hold.
	 */
	static @Nullable CompactNgrams ofDistinct(int length, char[] keys, float[] values,
			Object2FloatOpenHashMap<String> others) {
		int count = values.length;
		if (count >= ENTRY_MASK) {
			throw new IllegalStateException("A model of " + count + " n-grams is more than a compact model holds");
		}
		int[] slots = new int[Math.max(2, (int) Math.ceil(count / LOAD))];
		for (int entry = 0; entry < count; entry++) {
			int offset = entry * length;
			// String.hashCode of the n-gram, without making the String.
			int hashCode = 0;
			for (int i = 0; i < length; i++) {
				hashCode = 31 * hashCode + keys[offset + i];
			}
			int hash = HashCommon.mix(hashCode);
			int fingerprint = fingerprint(hash);
			int slot = slot(hash, slots.length);
			while (slots[slot] != 0) {
				int taken = slots[slot];
				int other = ((taken & ENTRY_MASK) - 1) * length;
				if ((taken & ~ENTRY_MASK) == fingerprint
						&& Arrays.equals(keys, other, other + length, keys, offset, offset + length)) {
					return null;
				}
				slot = (slot + 1 == slots.length) ? 0 : slot + 1;
			}
			slots[slot] = fingerprint | (entry + 1);
		}
		others.trim();
		return new CompactNgrams(length, keys, values, slots, others);
	}

	@Override
	public float getFloat(Object key) {
		int entry = entry(key);
		if (entry >= 0) {
			return this.values[entry];
		}
		return (entry == -1 || this.others.isEmpty()) ? this.defRetValue
				: this.others.getOrDefault(key, this.defRetValue);
	}

	@Override
	public boolean containsKey(Object key) {
		int entry = entry(key);
		return entry >= 0 || (entry == -2 && this.others.containsKey(key));
	}

	@Override
	public int size() {
		return this.values.length + this.others.size();
	}

	/**
	 * An n-gram of the model's length and its frequency (above zero: all a model has).
	 */
	interface NgramConsumer {

		void accept(String ngram, float frequency);

	}

	/**
	 * Each n-gram of the model's length with its frequency, in entry order (the rare
	 * others left out).
	 */
	void forEachOfItsLength(NgramConsumer consumer) {
		for (int entry = 0; entry < this.values.length; entry++) {
			if (this.values[entry] > 0) {
				consumer.accept(new String(this.keys, entry * this.length, this.length), this.values[entry]);
			}
		}
	}

	/**
	 * Heap taken by the model's arrays, in bytes (headers and the rare others left out).
	 */
	long bytes() {
		return 2L * this.keys.length + 4L * this.values.length + 4L * this.slots.length;
	}

	/**
	 * The entry number of an n-gram of the model's length; -1 when it is not there, -2
	 * when the key is not a string of that length.
	 */
	private int entry(Object key) {
		if (!(key instanceof String ngram) || ngram.length() != this.length) {
			return -2;
		}
		int hash = HashCommon.mix(ngram.hashCode());
		int fingerprint = fingerprint(hash);
		int slot = slot(hash, this.slots.length);
		while (true) {
			int taken = this.slots[slot];
			if (taken == 0) {
				return -1;
			}
			int entry = (taken & ENTRY_MASK) - 1;
			if ((taken & ~ENTRY_MASK) == fingerprint && matches(entry, ngram)) {
				return entry;
			}
			slot = (slot + 1 == this.slots.length) ? 0 : slot + 1;
		}
	}

	private boolean matches(int entry, String ngram) {
		int offset = entry * this.length;
		for (int i = 0; i < this.length; i++) {
			if (this.keys[offset + i] != ngram.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Maps a mixed hash onto the table's slots without a power-of-two size (Lemire's
	 * reduction: the high bits choose the slot).
	 */
	private static int slot(int mixed, int size) {
		return (int) (((mixed & 0xFFFFFFFFL) * size) >>> 32);
	}

	/** The low eight bits of a mixed hash, where a slot keeps them. */
	private static int fingerprint(int mixed) {
		return (mixed & 0xFF) << ENTRY_BITS;
	}

	@Override
	public ObjectSet<Object2FloatMap.Entry<String>> object2FloatEntrySet() {
		return new AbstractObjectSet<>() {

			@Override
			public int size() {
				return CompactNgrams.this.size();
			}

			@Override
			public ObjectIterator<Object2FloatMap.Entry<String>> iterator() {
				ObjectIterator<Object2FloatMap.Entry<String>> rest = CompactNgrams.this.others.object2FloatEntrySet()
					.iterator();
				return new ObjectIterator<>() {

					private int next;

					@Override
					public boolean hasNext() {
						return this.next < CompactNgrams.this.values.length || rest.hasNext();
					}

					@Override
					public Object2FloatMap.Entry<String> next() {
						if (this.next < CompactNgrams.this.values.length) {
							int entry = this.next++;
							String ngram = new String(CompactNgrams.this.keys, entry * CompactNgrams.this.length,
									CompactNgrams.this.length);
							return new BasicEntry<>(ngram, CompactNgrams.this.values[entry]);
						}
						if (!rest.hasNext()) {
							throw new NoSuchElementException();
						}
						return rest.next();
					}

				};
			}

		};
	}

}
