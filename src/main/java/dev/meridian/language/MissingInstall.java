package dev.meridian.language;

import java.util.List;

/**
 * Software from the operating system's packages that the server works without, and what
 * doing without costs.
 *
 * @param component what is missing, e.g. "apertium"
 * @param effect what does not work, or works worse, without it
 * @param packages the Debian packages that supply it
 */
public record MissingInstall(String component, String effect, List<String> packages) {

	public MissingInstall {
		packages = List.copyOf(packages);
	}

}
