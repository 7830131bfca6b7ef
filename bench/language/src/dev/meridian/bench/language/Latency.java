package dev.meridian.bench.language;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

import dev.meridian.language.DetectionHints;
import dev.meridian.language.LanguageDetection;

/**
 * Time per detection, one call at a time: wall-clock time (System.nanoTime, what a
 * message waits) and, in a separate pass, the thread's CPU time (what the detection
 * costs when the machine is busy with other work and the thread gets descheduled).
 */
final class Latency {

	private final List<String> texts;

	private final long[] wall;

	private final long[] cpu;

	private final long collections;

	private Latency(List<String> texts, long[] wall, long[] cpu, long collections) {
		this.texts = texts;
		this.wall = wall;
		this.cpu = cpu;
		this.collections = collections;
	}

	/** Warms up on the texts (as many calls again), then times {@code calls} detections cycling through them. */
	static Latency measure(LanguageDetection detection, List<String> texts, int calls) {
		DetectionHints hints = DetectionHints.none();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		int sink = 0;
		for (int i = 0; i < calls; i++) {
			sink += detection.detect(texts.get(i % texts.size()), hints).alternatives().size();
		}
		long collectionsBefore = collectionsSoFar();
		long[] wall = new long[calls];
		for (int i = 0; i < calls; i++) {
			String text = texts.get(i % texts.size());
			long started = System.nanoTime();
			sink += detection.detect(text, hints).alternatives().size();
			wall[i] = System.nanoTime() - started;
		}
		long collections = collectionsSoFar() - collectionsBefore;
		long[] cpu = new long[calls];
		for (int i = 0; i < calls; i++) {
			String text = texts.get(i % texts.size());
			long started = threads.getCurrentThreadCpuTime();
			sink += detection.detect(text, hints).alternatives().size();
			cpu[i] = threads.getCurrentThreadCpuTime() - started;
		}
		if (sink == Integer.MIN_VALUE) {
			System.out.println(sink);
		}
		return new Latency(texts, wall, cpu, collections);
	}

	/** Wall-clock percentile over all calls, in microseconds. */
	double percentile(double percent) {
		return percentile(this.wall, percent, length -> true);
	}

	String row(String name) {
		return row(name, length -> true);
	}

	/** p50, p99 and max of wall-clock time, then p50 and p99 of CPU time, µs. */
	String row(String name, IntPredicate length) {
		return String.format(Locale.ROOT, "%-24s %6d %8.0f %8.0f %8.0f   %8.0f %8.0f", name, count(length),
				percentile(this.wall, 50, length), percentile(this.wall, 99, length),
				percentile(this.wall, 100, length), percentile(this.cpu, 50, length),
				percentile(this.cpu, 99, length));
	}

	long collections() {
		return this.collections;
	}

	private long count(IntPredicate length) {
		return IntStream.range(0, this.wall.length).filter(i -> length.test(textLength(i))).count();
	}

	private int textLength(int call) {
		return this.texts.get(call % this.texts.size()).length();
	}

	private double percentile(long[] nanos, double percent, IntPredicate length) {
		long[] sorted = IntStream.range(0, nanos.length)
			.filter(i -> length.test(textLength(i)))
			.mapToLong(i -> nanos[i])
			.toArray();
		if (sorted.length == 0) {
			return Double.NaN;
		}
		Arrays.sort(sorted);
		int index = (int) Math.ceil(percent / 100 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1000.0;
	}

	/** A text's own cost: the median CPU time of {@code repeats} calls on it, µs. */
	record TextCost(String text, double micros) {
	}

	/** Every text's own cost, most expensive first: separates costly texts from a busy machine's noise. */
	static List<TextCost> perText(LanguageDetection detection, List<String> texts, int repeats) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		DetectionHints hints = DetectionHints.none();
		List<TextCost> costs = new ArrayList<>();
		for (String text : texts) {
			long[] cpu = new long[repeats];
			for (int i = 0; i < repeats; i++) {
				long started = threads.getCurrentThreadCpuTime();
				detection.detect(text, hints);
				cpu[i] = threads.getCurrentThreadCpuTime() - started;
			}
			Arrays.sort(cpu);
			costs.add(new TextCost(text, cpu[repeats / 2] / 1000.0));
		}
		costs.sort(Comparator.comparingDouble(TextCost::micros).reversed());
		return costs;
	}

	private static long collectionsSoFar() {
		return ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.mapToLong(GarbageCollectorMXBean::getCollectionCount)
			.sum();
	}

}
