package dev.meridian.language;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.InvalidValueException;
import dev.meridian.NotFoundException;
import dev.meridian.language.memory.GlossaryTerms;
import dev.meridian.language.memory.TranslationMemory;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Glossaries per language pair. A change forgets the engines' remembered translations
 * from that language, which may have been made without it (agents' corrections stay).
 */
@Service
@Transactional
public class Glossary {

	static final int MAX_TERM_LENGTH = 200;

	private final GlossaryTerms terms;

	private final TranslationMemory memory;

	Glossary(GlossaryTerms terms, TranslationMemory memory) {
		this.terms = terms;
		this.memory = memory;
	}

	@Transactional(readOnly = true)
	public List<GlossaryTerm> terms(@Nullable String from, @Nullable String to) {
		return this.terms.all(from == null ? null : language("from", from), to == null ? null : target(to));
	}

	@Transactional(readOnly = true)
	public Optional<GlossaryTerm> find(UUID id) {
		return this.terms.find(id);
	}

	/**
	 * Adds a term for a pair.
	 * @param to a target language or {@code *} for every target
	 * @param replacement the preferred rendering, or null to keep the term as it is
	 */
	public GlossaryTerm add(String from, String to, String term, @Nullable String replacement) {
		GlossaryTerm added = this.terms.add(language("from", from), target(to), checked("term", term),
				replacement == null || replacement.isBlank() ? null : checked("replacement", replacement));
		this.memory.forgetEngineTranslationsFrom(added.from());
		return added;
	}

	public GlossaryTerm update(UUID id, String from, String to, String term, @Nullable String replacement) {
		GlossaryTerm existing = this.terms.find(id).orElseThrow(() -> new NotFoundException("Glossary term", id));
		GlossaryTerm changed = new GlossaryTerm(id, language("from", from), target(to), checked("term", term),
				replacement == null || replacement.isBlank() ? null : checked("replacement", replacement));
		this.terms.update(changed);
		this.memory.forgetEngineTranslationsFrom(existing.from());
		this.memory.forgetEngineTranslationsFrom(changed.from());
		return changed;
	}

	public void delete(UUID id) {
		GlossaryTerm existing = this.terms.find(id).orElseThrow(() -> new NotFoundException("Glossary term", id));
		this.terms.delete(id);
		this.memory.forgetEngineTranslationsFrom(existing.from());
	}

	private static String language(String field, String value) {
		LanguageTag tag = LanguageTag.parse(field, value);
		if (tag.isUndetermined()) {
			throw new InvalidValueException(field, "A glossary needs a known language, not 'und'");
		}
		return tag.language();
	}

	private static String target(String value) {
		return "*".equals(value.strip()) ? "*" : language("to", value);
	}

	private static String checked(String field, String value) {
		String stripped = value == null ? "" : value.strip();
		if (stripped.isEmpty()) {
			throw new InvalidValueException(field, "The " + field + " is empty");
		}
		if (stripped.length() > MAX_TERM_LENGTH) {
			throw new InvalidValueException(field, "At most " + MAX_TERM_LENGTH + " characters");
		}
		return stripped;
	}

}
