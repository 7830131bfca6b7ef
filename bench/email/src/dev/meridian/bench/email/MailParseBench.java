package dev.meridian.bench.email;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.function.IntFunction;

import dev.meridian.channels.email.intake.HostileMails;
import dev.meridian.channels.email.parsing.MailLimits;
import dev.meridian.channels.email.parsing.MailParser;
import dev.meridian.channels.email.parsing.UnreadableMailException;

/**
 * Parse time of each hostile mail shape ({@code HostileMails}, the generators of the fuzz
 * test) at a given size, without a deadline: the best of three runs after one warm-up, and
 * the worst shape. Arguments: size in bytes (default 25 MB, the mail size limit).
 * Besides the wall time it prints the parsing thread's CPU time of the same run: on a
 * loaded machine the wall time measures the other processes too.
 */
public final class MailParseBench {

	public static void main(String[] args) {
		int size = args.length > 0 ? Integer.parseInt(args[0]) : 25 * 1024 * 1024;
		MailParser parser = new MailParser(MailLimits.defaults());
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		String worst = null;
		double worstMillis = 0;
		for (Map.Entry<String, IntFunction<byte[]>> shape : HostileMails.all().entrySet()) {
			byte[] mail = shape.getValue().apply(size);
			double best = Double.MAX_VALUE;
			double bestCpu = Double.MAX_VALUE;
			String outcome = "";
			for (int run = 0; run < 4; run++) {
				long started = System.nanoTime();
				long startedCpu = threads.getCurrentThreadCpuTime();
				try {
					parser.parse(mail);
					outcome = "message";
				}
				catch (UnreadableMailException ex) {
					outcome = "quarantine (" + ex.reason() + ")";
				}
				double millis = (System.nanoTime() - started) / 1e6;
				double cpuMillis = (threads.getCurrentThreadCpuTime() - startedCpu) / 1e6;
				if (run > 0) {
					best = Math.min(best, millis);
					bestCpu = Math.min(bestCpu, cpuMillis);
				}
			}
			System.out.printf("%-45s %,12d bytes %9.1f ms wall %9.1f ms CPU  %s%n", shape.getKey(), mail.length, best,
					bestCpu, outcome);
			if (best > worstMillis) {
				worstMillis = best;
				worst = shape.getKey();
			}
		}
		System.out.printf("worst: %s, %.1f ms%n", worst, worstMillis);
	}

}
