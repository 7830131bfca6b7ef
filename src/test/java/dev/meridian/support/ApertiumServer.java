package dev.meridian.support;

import java.net.URI;
import java.time.Duration;

import dev.meridian.language.engines.ApertiumProcess;
import dev.meridian.language.engines.ApertiumSettings;

/**
 * The real apertium-apy (Debian packages apertium, apertium-apy and the language pairs),
 * started on a free loopback port for a test and stopped after it.
 */
public final class ApertiumServer implements AutoCloseable {

	private final ApertiumProcess process;

	private ApertiumServer(ApertiumProcess process) {
		this.process = process;
	}

	public static ApertiumServer start() {
		return new ApertiumServer(ApertiumProcess
			.start(new ApertiumSettings(null, "true", "/usr/bin/python3 {launcher} -p {port} {modes}",
					"/usr/share/apertium/modes", Duration.ofSeconds(60), java.nio.file.Path.of("target/apertium"))));
	}

	public URI url() {
		return this.process.url();
	}

	@Override
	public void close() {
		this.process.close();
	}

}
