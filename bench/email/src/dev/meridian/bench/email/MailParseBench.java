package dev.meridian.bench.email;

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
 */
public final class MailParseBench {

	public static void main(String[] args) {
		int size = args.length > 0 ? Integer.parseInt(args[0]) : 25 * 1024 * 1024;
		MailParser parser = new MailParser(MailLimits.defaults());
		String worst = null;
		double worstMillis = 0;
		for (Map.Entry<String, IntFunction<byte[]>> shape : HostileMails.all().entrySet()) {
			byte[] mail = shape.getValue().apply(size);
			double best = Double.MAX_VALUE;
			String outcome = "";
			for (int run = 0; run < 4; run++) {
				long started = System.nanoTime();
				try {
					parser.parse(mail);
					outcome = "message";
				}
				catch (UnreadableMailException ex) {
					outcome = "quarantine (" + ex.reason() + ")";
				}
				double millis = (System.nanoTime() - started) / 1e6;
				if (run > 0) {
					best = Math.min(best, millis);
				}
			}
			System.out.printf("%-45s %,12d bytes %9.1f ms  %s%n", shape.getKey(), mail.length, best, outcome);
			if (best > worstMillis) {
				worstMillis = best;
				worst = shape.getKey();
			}
		}
		System.out.printf("worst: %s, %.1f ms%n", worst, worstMillis);
	}

}
