package dev.meridian.language;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Everything optional the server lacks, gathered from every {@link InstallCheck}: logged
 * once at start-up as one warning, with what it costs and the one command that installs
 * it all.
 */
@Component
public class MissingInstalls {

	private static final Logger log = LoggerFactory.getLogger(MissingInstalls.class);

	private final List<InstallCheck> checks;

	MissingInstalls(List<InstallCheck> checks) {
		this.checks = List.copyOf(checks);
	}

	public List<MissingInstall> missing() {
		List<MissingInstall> missing = new ArrayList<>();
		this.checks.forEach(check -> missing.addAll(check.missing()));
		return missing;
	}

	/** The command that installs everything missing, empty when nothing is. */
	public String command() {
		Set<String> packages = new LinkedHashSet<>();
		missing().forEach(install -> packages.addAll(install.packages()));
		return packages.isEmpty() ? "" : "sudo apt-get install " + String.join(" ", packages);
	}

	@EventListener(ApplicationReadyEvent.class)
	void report() {
		List<MissingInstall> missing = missing();
		if (missing.isEmpty()) {
			return;
		}
		StringBuilder text = new StringBuilder("Optional software is missing; Meridian runs without it, at a cost:");
		for (MissingInstall install : missing) {
			text.append("\n  - ").append(install.component()).append(": ").append(install.effect());
		}
		text.append("\n  Install it all (Debian/Ubuntu), then restart: ").append(command());
		text.append("\n  What works now: GET /api/v1/language/engines");
		log.warn(text.toString());
	}

}
