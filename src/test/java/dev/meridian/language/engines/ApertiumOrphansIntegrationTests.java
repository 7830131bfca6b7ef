package dev.meridian.language.engines;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import dev.meridian.support.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server killed with {@code kill -9} leaves its apertium-apy and the pipelines it
 * started running; the next start stops them, and never a child of a server that still
 * runs. Runs the real apertium-apy (Debian package).
 */
class ApertiumOrphansIntegrationTests {

	@TempDir
	Path processes;

	@Test
	void theNextStartStopsTheApertiumAKilledServerLeftWithItsPipelines() throws Exception {
		ApertiumSettings settings = settings();
		ApertiumProcess left = ApertiumProcess.start(settings);
		try {
			translate(left.url());
			ProcessHandle child = ProcessHandle.of(left.pid()).orElseThrow();
			List<ProcessHandle> pipelines = child.descendants().toList();
			assertThat(pipelines).isNotEmpty();
			// Its server is killed: the note now names an owner that is gone.
			Files.writeString(this.processes.resolve(left.pid() + ".pid"),
					left.pid() + " " + aProcessThatEnded() + " 0\n");

			try (ApertiumProcess next = ApertiumProcess.start(settings)) {
				assertThat(child.isAlive()).isFalse();
				Eventually.holds("the pipelines stopped", () -> pipelines.stream().noneMatch(ProcessHandle::isAlive));
				assertThat(this.processes.resolve(left.pid() + ".pid")).doesNotExist();
				assertThat(this.processes.resolve(next.pid() + ".pid")).exists();
				assertThat(translate(next.url())).isEqualTo(200);
			}
		}
		finally {
			left.close();
		}
	}

	@Test
	void aChildOfAServerThatStillRunsIsLeftAlone() {
		ApertiumSettings settings = settings();
		try (ApertiumProcess first = ApertiumProcess.start(settings);
				ApertiumProcess second = ApertiumProcess.start(settings)) {
			assertThat(ProcessHandle.of(first.pid()).map(ProcessHandle::isAlive)).hasValue(true);
			assertThat(ProcessHandle.of(second.pid()).map(ProcessHandle::isAlive)).hasValue(true);
		}
	}

	private ApertiumSettings settings() {
		return new ApertiumSettings(null, "true", "/usr/bin/python3 {launcher} -p {port} {modes}",
				"/usr/share/apertium/modes", Duration.ofSeconds(60), this.processes);
	}

	/** Makes apertium-apy start a pipeline, as the first translation does. */
	private static int translate(URI url) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(url.resolve("/translate?langpair=eng%7Cspa&q=Where%20is%20my%20order"))
				.timeout(Duration.ofSeconds(30))
				.build(), HttpResponse.BodyHandlers.ofString());
		return response.statusCode();
	}

	private static long aProcessThatEnded() throws Exception {
		Process ended = new ProcessBuilder("true").start();
		ended.waitFor();
		return ended.pid();
	}

}
