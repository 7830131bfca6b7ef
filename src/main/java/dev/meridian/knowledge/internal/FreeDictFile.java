package dev.meridian.knowledge.internal;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads a dictd dictionary as Debian's FreeDict packages install it: {@code .index} lines
 * ({@code headword TAB offset TAB length}, numbers in dictd's base 64) point into the
 * {@code .dict.dz} (gzip-compatible dictzip). Entries are read in offset order in one
 * pass over the decompressed text, so a 100 MB dictionary is never held in memory.
 */
public final class FreeDictFile {

	private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

	private FreeDictFile() {
	}

	public static Path dict(Path directory, String pair) {
		return directory.resolve("freedict-" + pair + ".dict.dz");
	}

	public static boolean exists(Path directory, String pair) {
		return Files.isReadable(dict(directory, pair))
				&& Files.isReadable(directory.resolve("freedict-" + pair + ".index"));
	}

	/** Calls back with each entry's text (header line first) in file order. */
	public static void read(Path directory, String pair, BiConsumer<String, String> entries) throws IOException {
		List<long[]> spans = new ArrayList<>();
		try (BufferedReader index = Files.newBufferedReader(directory.resolve("freedict-" + pair + ".index"),
				StandardCharsets.UTF_8)) {
			String line;
			while ((line = index.readLine()) != null) {
				int first = line.indexOf('\t');
				int second = line.indexOf('\t', first + 1);
				if (first <= 0 || second < 0 || line.startsWith("00-database") || line.startsWith("00database")) {
					continue;
				}
				spans.add(new long[] { number(line.substring(first + 1, second)), number(line.substring(second + 1)) });
			}
		}
		spans.sort(Comparator.comparingLong(span -> span[0]));
		try (InputStream in = new BufferedInputStream(
				new GZIPInputStream(Files.newInputStream(dict(directory, pair)), 1 << 16), 1 << 16)) {
			long position = 0;
			for (long[] span : spans) {
				if (span[0] < position) {
					continue;
				}
				in.skipNBytes(span[0] - position);
				byte[] bytes = in.readNBytes((int) span[1]);
				position = span[0] + bytes.length;
				String text = new String(bytes, StandardCharsets.UTF_8);
				int end = text.indexOf('\n');
				entries.accept(end < 0 ? text : text.substring(0, end), end < 0 ? "" : text.substring(end + 1));
			}
		}
	}

	private static long number(String base64) {
		long value = 0;
		for (int i = 0; i < base64.length(); i++) {
			value = value * 64 + BASE64.indexOf(base64.charAt(i));
		}
		return value;
	}

	/** The headword of a header line such as {@code Zoll /tsˈɔl/ <masc, n, sg>}. */
	public static String headword(String header) {
		int end = header.length();
		int slash = header.indexOf(" /");
		if (slash > 0) {
			end = slash;
		}
		int angle = header.indexOf(" <");
		if (angle > 0 && angle < end) {
			end = angle;
		}
		return header.substring(0, end).strip();
	}

}
