package dev.meridian.language.engines;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Apertium through apertium-apy ({@code meridian.language.apertium.*}).
 *
 * @param url an apertium-apy the operator runs, e.g. {@code http://127.0.0.1:2737}
 * ({@code MERIDIAN_LANGUAGE_APERTIUM_URL})
 * @param managed start apertium-apy as a child process on a free loopback port and stop
 * it with the server: {@code true}, {@code false}, or {@code auto} (the default: when no
 * URL is set and apertium-apy is installed) ({@code MERIDIAN_LANGUAGE_APERTIUM_MANAGED})
 * @param command the child's command line; {@code {port}}, {@code {modes}} and
 * {@code {launcher}} (a bundled script that runs apertium-apy bound to 127.0.0.1 only,
 * which apertium-apy itself cannot) are filled in
 * @param modes where the installed Apertium pairs' modes files are
 * @param startTimeout how long the child may take to answer
 * @param processDirectory where the server notes the child it runs, so the next start can
 * stop a child left running by a server that was killed
 */
@ConfigurationProperties("meridian.language.apertium")
public record ApertiumSettings(@Nullable String url, @DefaultValue("auto") String managed,
		@DefaultValue("/usr/bin/python3 {launcher} -p {port} {modes}") String command,
		@DefaultValue("/usr/share/apertium/modes") String modes, @DefaultValue("60s") Duration startTimeout,
		@DefaultValue("./data/apertium") java.nio.file.Path processDirectory) {

	boolean hasUrl() {
		return this.url != null && !this.url.isBlank();
	}

	/** Whether the server runs apertium-apy itself. */
	boolean runsChild() {
		return switch (this.managed.strip().toLowerCase(java.util.Locale.ROOT)) {
			case "true" -> true;
			case "auto" -> !hasUrl() && java.nio.file.Files.isExecutable(java.nio.file.Path.of("/usr/bin/apertium-apy"))
					&& java.nio.file.Files.isDirectory(java.nio.file.Path.of(this.modes));
			default -> false;
		};
	}

}
