package dev.meridian.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server started from the binaries of the {@code io.zonky.test} artifacts,
 * with its data kept between runs. Started and stopped by Spring, not by zonky's shutdown
 * hook: that hook would stop PostgreSQL while Hibernate is still closing.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private final EmbeddedPostgres postgres;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	static EmbeddedPostgresServer start(DatabaseSettings.Embedded settings) {
		Path dataDirectory = settings.dataDirectory().toAbsolutePath().normalize();
		try {
			Files.createDirectories(dataDirectory);
			stopOrphanedPostmaster(dataDirectory);
			long started = System.nanoTime();
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(settings.clean())
				.setRegisterShutdownHook(false)
				.setPort(freeLoopbackPort())
				.setServerConfig("listen_addresses", "127.0.0.1")
				.setServerConfig("max_connections", "100")
				.setPGStartupWait(Duration.ofSeconds(60))
				.start();
			log.info("Embedded PostgreSQL started on 127.0.0.1:{} with data in {} ({} ms)", postgres.getPort(),
					dataDirectory, Duration.ofNanos(System.nanoTime() - started).toMillis());
			return new EmbeddedPostgresServer(postgres);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, ex);
		}
	}

	String jdbcUrl() {
		return this.postgres.getJdbcUrl("postgres", "postgres");
	}

	@Override
	public void close() throws IOException {
		this.postgres.close();
		log.info("Embedded PostgreSQL stopped");
	}

	/**
	 * After the JVM was killed, its PostgreSQL keeps running and holds the data
	 * directory. Ask it to stop (SIGINT, a fast shutdown); PostgreSQL's own recovery
	 * handles the rest at the next start.
	 */
	private static void stopOrphanedPostmaster(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		Optional<ProcessHandle> postmaster = lines.isEmpty() ? Optional.empty()
				: parsePid(lines.get(0)).flatMap(ProcessHandle::of);
		if (postmaster.isEmpty() || !postmaster.get().info().command().orElse("").contains("postgres")) {
			return;
		}
		long pid = postmaster.get().pid();
		log.warn("Stopping an orphaned embedded PostgreSQL (pid {}) left by an earlier run", pid);
		try {
			new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
			for (int i = 0; i < 100 && postmaster.get().isAlive(); i++) {
				Thread.sleep(100);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static Optional<Long> parsePid(String line) {
		try {
			return Optional.of(Long.parseLong(line.trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static int freeLoopbackPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
