package dev.meridian.language.engines;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * apertium-apy run as a child process on a free loopback port: started, waited for until
 * it lists its pairs, and stopped with everything it started (it runs one pipeline of
 * processes per language pair).
 */
public final class ApertiumProcess implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ApertiumProcess.class);

	private final Process process;

	private final URI url;

	private final Path launcher;

	private @Nullable Path record;

	private ApertiumProcess(Process process, URI url, Path launcher) {
		this.process = process;
		this.url = url;
		this.launcher = launcher;
	}

	/**
	 * Stops what a killed earlier server left running, starts apertium-apy and returns
	 * once it answers, or fails saying why.
	 */
	public static ApertiumProcess start(ApertiumSettings settings) {
		ApertiumOrphans orphans = new ApertiumOrphans(settings.processDirectory());
		orphans.stopOrphans();
		int port = freePort();
		Path launcher = writeLauncher();
		List<String> command = new ArrayList<>();
		for (String part : settings.command().strip().split("\\s+")) {
			command.add(part.replace("{port}", Integer.toString(port))
				.replace("{modes}", settings.modes())
				.replace("{launcher}", launcher.toString()));
		}
		Path logFile;
		Process process;
		try {
			logFile = Files.createTempFile("meridian-apertium-", ".log");
			process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot start apertium-apy with '" + String.join(" ", command)
					+ "': is the Debian package apertium-apy installed? (" + ex.getMessage() + ")", ex);
		}
		URI url = URI.create("http://127.0.0.1:" + port);
		ApertiumProcess started = new ApertiumProcess(process, url, launcher);
		try {
			started.record = orphans.record(process.toHandle());
		}
		catch (IOException ex) {
			log.warn("Cannot note apertium-apy (pid {}) in {}: if this server is killed, stop it by hand",
					process.pid(), settings.processDirectory(), ex);
		}
		long deadline = System.nanoTime() + settings.startTimeout().toNanos();
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				started.close();
				throw new IllegalStateException("apertium-apy stopped at start (exit " + process.exitValue()
						+ "); its output is in " + logFile);
			}
			try {
				HttpResponse<String> response = http.send(
						HttpRequest.newBuilder(url.resolve("/listPairs")).timeout(Duration.ofSeconds(2)).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					log.info("apertium-apy answers on {} (pid {}, output in {})", url, process.pid(), logFile);
					return started;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				started.close();
				throw new IllegalStateException("Interrupted while starting apertium-apy", ex);
			}
			sleep(200);
		}
		started.close();
		throw new IllegalStateException("apertium-apy did not answer within " + settings.startTimeout().toSeconds()
				+ " s; its output is in " + logFile);
	}

	public URI url() {
		return this.url;
	}

	@Override
	public void close() {
		ApertiumOrphans.stop(this.process.toHandle(), this.process.descendants().toList());
		try {
			Files.deleteIfExists(this.launcher);
			if (this.record != null) {
				Files.deleteIfExists(this.record);
			}
		}
		catch (IOException ex) {
			// a temporary file, and a note the next start clears
		}
	}

	/** The child's process id, for the log and tests. */
	public long pid() {
		return this.process.pid();
	}

	private static Path writeLauncher() {
		try (InputStream script = ApertiumProcess.class.getResourceAsStream("/language/apertium-apy-loopback.py")) {
			if (script == null) {
				throw new IllegalStateException("The apertium-apy launcher is missing from the application");
			}
			Path file = Files.createTempFile("meridian-apertium-", ".py");
			Files.copy(script, file, StandardCopyOption.REPLACE_EXISTING);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
