package dev.meridian.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server under test seen from outside, by its pid: its heap in use after a full
 * collection ({@code jcmd GC.run}, then {@code GC.heap_info}), and its resident memory.
 */
record ServerProcess(long pid) {

	private static final Pattern HEAP = Pattern.compile("total (\\d+)K, used (\\d+)K");

	/** Heap in use after a full collection, in MiB; -1 when jcmd cannot tell. */
	double heapAfterGcMib() throws IOException, InterruptedException {
		jcmd("GC.run");
		Matcher heap = HEAP.matcher(jcmd("GC.heap_info"));
		return heap.find() ? Long.parseLong(heap.group(2)) / 1024.0 : -1;
	}

	double residentMib() throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc/" + this.pid + "/status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
			}
		}
		return -1;
	}

	private String jcmd(String command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder("jcmd", Long.toString(this.pid), command).redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor();
		return output;
	}

}
