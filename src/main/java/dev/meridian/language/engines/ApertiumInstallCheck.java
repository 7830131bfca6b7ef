package dev.meridian.language.engines;

import java.util.List;

import dev.meridian.language.InstallCheck;
import dev.meridian.language.MissingInstall;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Apertium, the translation engine that runs on this machine: missing when no
 * apertium-apy is configured and none is installed for the server to run.
 */
/** Reported first: the engine, then what search needs. */
@Order(1)
@Component
class ApertiumInstallCheck implements InstallCheck {

	/**
	 * The engine and the pairs with English, Spanish, Portuguese and French (as .ci/run
	 * installs them).
	 */
	static final List<String> PACKAGES = List.of("apertium", "apertium-apy", "apertium-eng-spa", "apertium-es-pt",
			"apertium-fr-es");

	private final ApertiumSettings settings;

	ApertiumInstallCheck(ApertiumSettings settings) {
		this.settings = settings;
	}

	@Override
	public List<MissingInstall> missing() {
		// managed=false: the operator chose to go without it.
		if (this.settings.hasUrl() || this.settings.runsChild() || "false".equalsIgnoreCase(this.settings.managed())) {
			return List.of();
		}
		return List.of(new MissingInstall("apertium",
				"no translation engine on this machine (" + this.settings.modes() + " not found): customer messages "
						+ "are not translated and agents cannot translate replies unless a cloud engine is configured",
				PACKAGES));
	}

}
