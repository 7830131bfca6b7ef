package dev.meridian.language.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

import com.github.pemistahl.lingua.api.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the memory of Lingua's full models in budget. The 1-, 2-, 4- and 5-gram models
 * take several megabytes of heap per language even as {@link CompactNgrams} (20 MB each
 * as Lingua's own maps, 1.4 GB for all 75) and Lingua never unloads them by itself; the
 * trigram models of all 75 languages stay, since every text is read with them first. The
 * configured languages keep their full models; others load theirs when a short text needs
 * them, and when more than the budget allows are loaded, the least recently used are
 * unloaded (they load again, in a fraction of a second, when a text needs them again).
 * <p>
 * Only the full models are unloaded: the trigrams stay for the first pass.
 */
final class FullModels {

	private static final Logger log = LoggerFactory.getLogger(FullModels.class);

	private final Set<Language> configured;

	private final int extra;

	/**
	 * Languages outside the configured ones with full models, least recently used first.
	 */
	private final LinkedHashSet<Language> loaded = new LinkedHashSet<>();

	private long unloads;

	FullModels(Collection<Language> configured, int extra) {
		this.configured = configured.isEmpty() ? EnumSet.noneOf(Language.class) : EnumSet.copyOf(configured);
		this.extra = Math.max(0, extra);
	}

	/**
	 * Notes that a text is about to be read with these languages' full models, and
	 * unloads the least recently used others beyond the budget.
	 */
	void use(Collection<Language> languages) {
		EnumSet<Language> unload = EnumSet.noneOf(Language.class);
		synchronized (this) {
			for (Language language : languages) {
				if (!this.configured.contains(language)) {
					this.loaded.remove(language);
					this.loaded.add(language);
				}
			}
			Iterator<Language> oldest = this.loaded.iterator();
			while (this.loaded.size() - unload.size() > this.extra && oldest.hasNext()) {
				Language language = oldest.next();
				if (!languages.contains(language)) {
					unload.add(language);
				}
			}
			this.loaded.removeAll(unload);
			if (!unload.isEmpty()) {
				this.unloads += unload.size();
			}
		}
		if (!unload.isEmpty()) {
			unload(unload);
			log.debug("Language detection: unloaded the full models of {} ({} unloads so far)", unload, this.unloads);
		}
	}

	/** Languages with full models now, beyond the configured ones. */
	synchronized int extraLoaded() {
		return this.loaded.size();
	}

	private static void unload(Set<Language> languages) {
		CompactModels.unloadFull(languages);
	}

}
