package dev.meridian.bot;

import java.util.Optional;

import dev.meridian.language.Translation;
import dev.meridian.language.TranslationUnavailableException;
import dev.meridian.language.UnsupportedLanguagePairException;
import dev.meridian.markets.LanguageTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * A text in the customer's language: as it is when already in it, else translated by
 * machine (remembered in the translation memory, so a passage is sent to an engine once).
 * Empty when no engine can say it now: the bot then hands off rather than answer in
 * another language.
 */
@Component
class SpokenText {

	private static final Logger log = LoggerFactory.getLogger(SpokenText.class);

	private final Translation translation;

	SpokenText(Translation translation) {
		this.translation = translation;
	}

	Optional<String> in(String text, LanguageTag from, LanguageTag to) {
		if (from.language().equals(to.language())) {
			return Optional.of(text);
		}
		if (!this.translation.canTranslate(from, to)) {
			return Optional.empty();
		}
		try {
			return Optional.of(this.translation.translate(text, from, to).text());
		}
		catch (UnsupportedLanguagePairException | TranslationUnavailableException ex) {
			log.debug("No translation {} -> {} for the bot: {}", from, to, ex.getMessage());
			return Optional.empty();
		}
	}

}
