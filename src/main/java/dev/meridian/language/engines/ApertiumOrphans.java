package dev.meridian.language.engines;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The record of the apertium-apy children this machine's servers run: one file per child,
 * naming the child and the server process that owns it. A server killed with
 * {@code kill -9} cannot stop its child, and apertium-apy with its pipelines (about 30
 * processes) would run on; the next start finds the file of a child whose owner is gone
 * and stops it with everything it started, as the embedded PostgreSQL's orphan is
 * stopped. A child of a server still running is left alone.
 */
final class ApertiumOrphans {

	private static final Logger log = LoggerFactory.getLogger(ApertiumOrphans.class);

	private final Path directory;

	ApertiumOrphans(Path directory) {
		this.directory = directory.toAbsolutePath().normalize();
	}

	/** Records a child of this server; returns the file to delete when it stops. */
	Path record(ProcessHandle child) throws IOException {
		Files.createDirectories(this.directory);
		ProcessHandle owner = ProcessHandle.current();
		Path file = this.directory.resolve(child.pid() + ".pid");
		Files.writeString(file,
				child.pid() + " " + owner.pid() + " " + startOf(owner).map(Instant::toEpochMilli).orElse(0L) + "\n",
				StandardCharsets.US_ASCII);
		return file;
	}

	/** Stops the children whose server is gone, and forgets them. */
	void stopOrphans() {
		if (!Files.isDirectory(this.directory)) {
			return;
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(this.directory, "*.pid")) {
			for (Path file : files) {
				stopIfOrphaned(file);
			}
		}
		catch (IOException ex) {
			log.warn("Cannot look for apertium-apy processes left by an earlier run in {}", this.directory, ex);
		}
	}

	private void stopIfOrphaned(Path file) throws IOException {
		List<Long> numbers;
		try {
			numbers = Files.readString(file, StandardCharsets.US_ASCII)
				.strip()
				.lines()
				.findFirst()
				.map(line -> java.util.Arrays.stream(line.split(" ")).map(Long::parseLong).toList())
				.orElse(List.of());
		}
		catch (NumberFormatException ex) {
			numbers = List.of();
		}
		if (numbers.size() != 3) {
			Files.deleteIfExists(file);
			return;
		}
		if (ownerRuns(numbers.get(1), numbers.get(2))) {
			return;
		}
		Optional<ProcessHandle> child = ProcessHandle.of(numbers.get(0)).filter(ApertiumOrphans::isApertium);
		if (child.isPresent()) {
			List<ProcessHandle> started = child.get().descendants().toList();
			log.warn("Stopping an orphaned apertium-apy (pid {}) and the {} processes it started, left by a server"
					+ " that ended without stopping it", child.get().pid(), started.size());
			stop(child.get(), started);
		}
		Files.deleteIfExists(file);
	}

	/** The owner runs if a process with its id runs and began when it did. */
	private static boolean ownerRuns(long pid, long startedMillis) {
		return ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.map(owner -> startedMillis == 0
					|| startOf(owner).map(start -> Math.abs(start.toEpochMilli() - startedMillis) < 2_000).orElse(true))
			.orElse(false);
	}

	/**
	 * A pid may have been reused since: only a process running apertium-apy (or
	 * Meridian's launcher for it) is stopped.
	 */
	private static boolean isApertium(ProcessHandle process) {
		String command = process.info().commandLine().orElse("");
		return command.contains("apertium-apy") || command.contains("meridian-apertium-");
	}

	private static Optional<Instant> startOf(ProcessHandle process) {
		return process.info().startInstant();
	}

	/** SIGTERM to the child and its pipelines, SIGKILL to what is left after 5 s. */
	static void stop(ProcessHandle child, List<ProcessHandle> started) {
		child.destroy();
		started.forEach(ProcessHandle::destroy);
		try {
			child.onExit().get(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
			// killed below
		}
		child.destroyForcibly();
		started.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
	}

}
