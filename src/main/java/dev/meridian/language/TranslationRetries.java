package dev.meridian.language;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tries again, every little while, the translations an engine could not do at the time
 * (time-out, quota, rate limit). Each run claims the due ones for a lease, so two nodes
 * do not try the same at once, and holds no database lock while an engine is asked.
 */
@Component
class TranslationRetries {

	private static final Logger log = LoggerFactory.getLogger(TranslationRetries.class);

	private final Translation translation;

	TranslationRetries(Translation translation) {
		this.translation = translation;
	}

	@Scheduled(fixedDelayString = "${meridian.language.translation.retry-interval:15s}", initialDelayString = "15s")
	void retryDue() {
		int done = this.translation.retryDue(20);
		if (done > 0) {
			log.info("{} translations that had failed are done now", done);
		}
	}

}
