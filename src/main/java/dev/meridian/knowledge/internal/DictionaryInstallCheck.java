package dev.meridian.knowledge.internal;

import java.util.List;

import dev.meridian.knowledge.KnowledgeSettings;
import dev.meridian.language.InstallCheck;
import dev.meridian.language.MissingInstall;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Debian's FreeDict dictionaries: without them German compounds are not split and a
 * question finds articles only in its own language.
 */
@Order(2)
@Component
class DictionaryInstallCheck implements InstallCheck {

	/**
	 * The dictionaries .ci/run installs: each language with English, in both directions
	 * where Debian has both (each knows words the other lacks).
	 */
	static final List<String> DICTIONARIES = List.of("deu-eng", "fra-eng", "spa-eng", "eng-spa", "por-eng", "ita-eng",
			"nld-eng", "swe-eng", "pol-eng", "tur-eng", "eng-tur", "eng-rus", "jpn-eng", "eng-jpn", "ara-eng",
			"eng-ara");

	private final KnowledgeSettings settings;

	DictionaryInstallCheck(KnowledgeSettings settings) {
		this.settings = settings;
	}

	@Override
	public List<MissingInstall> missing() {
		List<String> packages = DICTIONARIES.stream()
			.filter(pair -> !FreeDictFile.exists(this.settings.dictionaries(), pair))
			.map(pair -> "dict-freedict-" + pair)
			.toList();
		if (packages.isEmpty()) {
			return List.of();
		}
		return List.of(new MissingInstall("freedict",
				packages.size() + " of " + DICTIONARIES.size() + " FreeDict dictionaries missing in "
						+ this.settings.dictionaries() + ": help-center and knowledge search cannot translate "
						+ "questions into the other languages for those, and find the right article for "
						+ "non-English questions far less often (see docs/bot.md, retrieval across languages)"
						+ (packages.contains("dict-freedict-deu-eng") ? ", and German compounds are not split" : ""),
				packages));
	}

}
