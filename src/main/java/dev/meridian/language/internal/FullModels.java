package dev.meridian.language.internal;

import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

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

	/**
	 * A model used this recently is not unloaded while fewer than twice the budget are
	 * loaded: short texts in a dozen languages each bring their neighbours' models
	 * (Polish brings Czech and Slovak), and with a hard budget those were unloaded and
	 * loaded again question after question, the loading thread using twice the CPU of the
	 * requests.
	 */
	static final Duration RECENT = Duration.ofMinutes(2);

	private final Set<Language> configured;

	private final int extra;

	private final LongSupplier nanoTime;

	/**
	 * Languages outside the configured ones with full models, least recently used first,
	 * with when each was last used ({@link System#nanoTime()}).
	 */
	private final LinkedHashMap<Language, Long> loaded = new LinkedHashMap<>();

	private long unloads;

	FullModels(Collection<Language> configured, int extra) {
		this(configured, extra, System::nanoTime);
	}

	FullModels(Collection<Language> configured, int extra, LongSupplier nanoTime) {
		this.configured = configured.isEmpty() ? EnumSet.noneOf(Language.class) : EnumSet.copyOf(configured);
		this.extra = Math.max(0, extra);
		this.nanoTime = nanoTime;
	}

	/**
	 * Notes that a text is about to be read with these languages' full models, and
	 * unloads the least recently used others beyond the budget: beyond twice the budget
	 * whatever their last use, beyond the budget those not used for {@link #RECENT}.
	 */
	void use(Collection<Language> languages) {
		EnumSet<Language> unload = EnumSet.noneOf(Language.class);
		synchronized (this) {
			long now = this.nanoTime.getAsLong();
			for (Language language : languages) {
				if (!this.configured.contains(language)) {
					this.loaded.remove(language);
					this.loaded.put(language, now);
				}
			}
			Iterator<Map.Entry<Language, Long>> oldest = this.loaded.entrySet().iterator();
			while (this.loaded.size() - unload.size() > this.extra && oldest.hasNext()) {
				Map.Entry<Language, Long> next = oldest.next();
				boolean recent = now - next.getValue() < RECENT.toNanos();
				if (recent && this.loaded.size() - unload.size() <= 2 * this.extra) {
					break;
				}
				if (!languages.contains(next.getKey())) {
					unload.add(next.getKey());
				}
			}
			unload.forEach(this.loaded::remove);
			if (!unload.isEmpty()) {
				this.unloads += unload.size();
			}
		}
		if (!unload.isEmpty()) {
			unload(unload);
			log.debug("Language detection: unloaded the full models of {} ({} unloads so far)", unload, this.unloads);
		}
	}

	/** Languages whose full models are unloaded, so far. */
	synchronized long unloads() {
		return this.unloads;
	}

	/** Languages with full models now, beyond the configured ones. */
	synchronized int extraLoaded() {
		return this.loaded.size();
	}

	private static void unload(Set<Language> languages) {
		CompactModels.unloadFull(languages);
	}

}
