package dev.meridian.language;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import dev.meridian.InvalidValueException;
import dev.meridian.language.memory.GlossaryTerms;
import dev.meridian.language.memory.PendingTranslations;
import dev.meridian.language.memory.ProtectedText;
import dev.meridian.language.memory.SourceText;
import dev.meridian.language.memory.TranslationMemory;
import dev.meridian.markets.Formality;
import dev.meridian.markets.LanguageTag;
import dev.meridian.privacy.ProcessingResidency;
import dev.meridian.privacy.Redaction;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Translates texts with the engine configured for the pair, through a third language when
 * no engine knows the pair, keeping brand names and preferred terms from the glossary.
 * Every translation is remembered: the same text is never sent to an engine twice, and an
 * agent's correction wins from then on.
 * <p>
 * Never inside a caller's transaction: each write to the memory commits at once, so no
 * row stays locked while an engine is asked or while another caller waits for the same
 * text's translation.
 */
@Service
@Transactional(propagation = Propagation.NOT_SUPPORTED)
public class Translation {

	/** A translation that failed for a passing reason and will be tried again. */
	public record Pending(int attempts, Instant nextAttemptAt, String lastError) {
	}

	/** Longer than an engine may take with all its attempts and waits. */
	static final Duration CLAIM_LEASE = Duration.ofMinutes(5);

	private final Map<String, TranslationEngine> engines = new LinkedHashMap<>();

	private final Map<String, CompletableFuture<Translated>> inFlight = new ConcurrentHashMap<>();

	private final TranslationRoutes routes;

	private final TranslationSettings settings;

	private final LanguageDetection detection;

	private final TranslationMemory memory;

	private final GlossaryTerms glossary;

	private final PendingTranslations pending;

	private final ProcessingResidency residency;

	Translation(List<TranslationEngine> engines, TranslationSettings settings, LanguageDetection detection,
			TranslationMemory memory, GlossaryTerms glossary, PendingTranslations pending,
			ProcessingResidency residency) {
		this.residency = residency;
		engines.forEach(engine -> this.engines.put(engine.name(), engine));
		this.routes = new TranslationRoutes(settings.routes(), settings.defaultEngine());
		this.settings = settings;
		this.detection = detection;
		this.memory = memory;
		this.glossary = glossary;
		this.pending = pending;
	}

	/** The engines configured, by name. */
	public List<String> engines() {
		return List.copyOf(this.engines.keySet());
	}

	public int maxTextLength() {
		return this.settings.maxTextLength();
	}

	/**
	 * Translates a text; from the memory when it was translated before.
	 * @param from the text's language, or null to detect it
	 * @throws InvalidValueException for an empty or too long text, or one whose language
	 * cannot be told
	 * @throws UnsupportedLanguagePairException when no engine translates the pair
	 * @throws TranslationUnavailableException when the engine cannot answer now
	 */
	public Translated translate(String text, @Nullable LanguageTag from, LanguageTag to) {
		return translate(text, from, to, null);
	}

	/**
	 * Translates a text of a customer of the market: an outside engine the market's
	 * residency rule does not allow is never asked (the pair is then unsupported, with
	 * the reason), and outside engines get the text without email addresses, IBANs, card,
	 * phone and order numbers, which are put back into the translation.
	 * @param market the customer's market (ISO 3166-1 alpha-2), or null when unknown
	 */
	public Translated translate(String text, @Nullable LanguageTag from, LanguageTag to, @Nullable String market) {
		return translate(text, from, to, market, Formality.DEFAULT);
	}

	/**
	 * As above, in a formality (a reply to a customer who is written to formally):
	 * engines that can be told one are (DeepL), and the memory keeps a formal and an
	 * informal translation of the same text apart.
	 */
	public Translated translate(String text, @Nullable LanguageTag from, LanguageTag to, @Nullable String market,
			Formality formality) {
		check(text);
		LanguageTag source = from != null && !from.isUndetermined() ? from : detect(text);
		if (to.isUndetermined()) {
			throw new InvalidValueException("to", "The target language must be a known language, not 'und'");
		}
		if (source.language().equals(to.language())) {
			return new Translated(text, source, to, "none", false, null, false);
		}
		formality = keyFor(new LanguagePair(source, to), formality);
		SourceText sourceText = SourceText.of(text);
		Optional<Translated> remembered = remembered(sourceText, source, to, formality);
		if (remembered.isPresent()) {
			return remembered.get();
		}
		// Two listeners, or a listener and a screen, may ask for the same text at once:
		// one
		// asks the engine, the other waits for its answer.
		String key = sourceText.sha256() + "|" + source.value() + "|" + to.value() + "|" + market + "|" + formality;
		CompletableFuture<Translated> mine = new CompletableFuture<>();
		CompletableFuture<Translated> running = this.inFlight.putIfAbsent(key, mine);
		if (running != null) {
			return awaitOther(running);
		}
		try {
			Translated translated = fromEngine(text, sourceText, source, to, market, formality);
			mine.complete(translated.asRemembered());
			return translated;
		}
		catch (RuntimeException ex) {
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			this.inFlight.remove(key, mine);
		}
	}

	private Translated fromEngine(String text, SourceText sourceText, LanguageTag source, LanguageTag to,
			@Nullable String market, Formality formality) {
		LanguagePair pair = new LanguagePair(source, to);
		ProtectedText protectedText = ProtectedText.of(text, this.glossary.forPair(source.language(), to.language()));
		Translated translated = withEngine(protectedText, pair, market, formality);
		this.memory.remember(sourceText, source.value(), to.value(), formality, translated.text(), translated.engine(),
				translated.pivot() == null ? null : translated.pivot().value());
		this.pending.done(sourceText, source.value(), to.value());
		return translated;
	}

	/**
	 * The formality a translation is made and remembered in: the one asked for where the
	 * engine for the pair translates in one, else {@link Formality#DEFAULT}, so an engine
	 * that cannot tell Sie from du leaves one entry in the memory, not two alike.
	 */
	private Formality keyFor(LanguagePair pair, Formality formality) {
		if (formality == Formality.DEFAULT) {
			return formality;
		}
		try {
			return route(pair).filter(r -> r.engine().translatesFormality()).isPresent() ? formality
					: Formality.DEFAULT;
		}
		catch (TranslationUnavailableException ex) {
			return formality;
		}
	}

	private static Translated awaitOther(CompletableFuture<Translated> running) {
		try {
			return running.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	/**
	 * Translates now or, when the engine cannot answer now, keeps the text and tries
	 * again later (see {@link #pending}).
	 */
	public Optional<Translated> translateOrRetryLater(String text, LanguageTag from, LanguageTag to) {
		return translateOrRetryLater(text, from, to, null);
	}

	/** As above, for a text of a customer of the market (see the residency rule). */
	public Optional<Translated> translateOrRetryLater(String text, LanguageTag from, LanguageTag to,
			@Nullable String market) {
		try {
			return Optional.of(translate(text, from, to, market));
		}
		catch (TranslationUnavailableException ex) {
			retryLater(SourceText.of(text), from.value(), to.value(), ex, 0);
			return Optional.empty();
		}
	}

	/** What the memory holds for this text, if anything; never calls an engine. */
	public Optional<Translated> remembered(String text, LanguageTag from, LanguageTag to) {
		if (from.language().equals(to.language())) {
			return Optional.of(new Translated(text, from, to, "none", false, null, false));
		}
		return remembered(SourceText.of(text), from, to, Formality.DEFAULT);
	}

	/** Whether a translation of this text waits to be tried again, and why. */
	public Optional<Pending> pending(String text, LanguageTag from, LanguageTag to) {
		return this.pending.find(SourceText.of(text), from.value(), to.value())
			.map(p -> new Pending(p.attempts(), p.nextAttemptAt(), p.lastError()));
	}

	/** An agent's better translation: returned for this text from now on. */
	public Translated correct(String text, LanguageTag from, LanguageTag to, String corrected, @Nullable UUID agent) {
		check(text);
		if (corrected.isBlank()) {
			throw new InvalidValueException("translation", "The corrected translation is empty");
		}
		if (corrected.length() > this.settings.maxTextLength()) {
			throw new InvalidValueException("translation", "At most " + this.settings.maxTextLength() + " characters");
		}
		SourceText source = SourceText.of(text);
		String engine = this.memory.find(source, from.value(), to.value(), Formality.DEFAULT)
			.map(TranslationMemory.Entry::engine)
			.orElse("agent");
		this.memory.correct(source, from.value(), to.value(), Formality.DEFAULT, corrected, engine, agent);
		this.pending.done(source, from.value(), to.value());
		return new Translated(corrected, from, to, engine, false, null, true);
	}

	/** Every remembered translation of the text, for a customer's export. */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<RememberedTranslation> rememberedTranslations(String text) {
		return this.memory.translationsOf(SourceText.of(text))
			.stream()
			.map(r -> new RememberedTranslation(r.from(), r.to(), r.result(), r.engine()))
			.toList();
	}

	/**
	 * Forgets the translations of these texts and every memory entry that contains one of
	 * the values, within the caller's transaction: a customer's erasure.
	 * @return how many memory entries were removed
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public int forget(java.util.Collection<String> texts, java.util.Collection<String> mentioning) {
		return this.memory.forget(texts.stream().filter(t -> !t.isEmpty()).map(SourceText::of).toList(),
				mentioning.stream().filter(v -> !v.isBlank()).toList());
	}

	/** Tries the translations that are due again; returns how many succeeded. */
	int retryDue(int limit) {
		int done = 0;
		for (PendingTranslations.Pending due : this.pending.claimDue(limit, CLAIM_LEASE)) {
			SourceText source = SourceText.of(due.text());
			if (due.attempts() >= this.settings.maxAttempts()) {
				continue;
			}
			try {
				translate(due.text(), LanguageTag.read(due.from()), LanguageTag.read(due.to()));
				// Made now, or meanwhile by someone else: either way nothing waits any
				// more.
				this.pending.done(source, due.from(), due.to());
				done++;
			}
			catch (TranslationUnavailableException ex) {
				retryLater(source, due.from(), due.to(), ex, due.attempts());
			}
			catch (UnsupportedLanguagePairException | InvalidValueException ex) {
				this.pending.done(source, due.from(), due.to());
			}
		}
		return done;
	}

	private void retryLater(SourceText source, String from, String to, TranslationUnavailableException ex,
			int attemptsSoFar) {
		Duration delay = this.settings.retryDelay().multipliedBy(1L << Math.min(attemptsSoFar, 10));
		if (ex.retryAfter() != null && ex.retryAfter().compareTo(delay) > 0) {
			delay = ex.retryAfter();
		}
		this.pending.failed(source, from, to, ex.getMessage(), delay);
	}

	private Optional<Translated> remembered(SourceText source, LanguageTag from, LanguageTag to, Formality formality) {
		return this.memory.find(source, from.value(), to.value(), formality)
			.map(entry -> new Translated(entry.result(), from, to, entry.engine(), true,
					entry.pivot() == null ? null : LanguageTag.read(entry.pivot()), entry.corrected()));
	}

	/** An engine for a pair, directly or through a pivot language. */
	private record Route(TranslationEngine engine, @Nullable LanguageTag pivot) {
	}

	/**
	 * The routed engine, else the default one; directly, else through a pivot language.
	 */
	private Translated withEngine(ProtectedText text, LanguagePair pair, @Nullable String market, Formality formality) {
		Route route = route(pair).orElseThrow(() -> new UnsupportedLanguagePairException(pair,
				candidates(pair).stream()
					.map(name -> this.engines.containsKey(name) ? name : name + " (not configured)")
					.toList()
					.toString()));
		TranslationEngine engine = route.engine();
		if (!engine.local()) {
			Optional<String> refusal = this.residency.refusal(market, engine.name());
			if (refusal.isPresent()) {
				throw new UnsupportedLanguagePairException(pair, "[" + refusal.get() + "]");
			}
		}
		// Outside engines never see personal values that need no translating (issue 16).
		Redaction redaction = engine.local() ? Redaction.of("") : Redaction.of(text.text());
		String sent = engine.local() ? text.text() : redaction.text();
		if (route.pivot() == null) {
			return new Translated(text.restore(redaction.restore(engine.translate(sent, pair, formality))), pair.from(),
					pair.to(), engine.name(), false, null, false);
		}
		// The formality matters in the customer's language: the last leg.
		String between = engine.translate(sent, new LanguagePair(pair.from(), route.pivot()));
		String translated = engine.translate(between, new LanguagePair(route.pivot(), pair.to()), formality);
		return new Translated(text.restore(redaction.restore(translated)), pair.from(), pair.to(), engine.name(), false,
				route.pivot(), false);
	}

	private List<String> candidates(LanguagePair pair) {
		List<String> candidates = new ArrayList<>();
		candidates.add(this.routes.engineFor(pair));
		if (!candidates.contains(this.routes.defaultEngine())) {
			candidates.add(this.routes.defaultEngine());
		}
		return candidates;
	}

	private Optional<Route> route(LanguagePair pair) {
		for (String name : candidates(pair)) {
			TranslationEngine engine = this.engines.get(name);
			if (engine == null) {
				continue;
			}
			if (engine.supports(pair)) {
				return Optional.of(new Route(engine, null));
			}
			for (String pivotLanguage : this.settings.pivotLanguages()) {
				LanguageTag pivot = new LanguageTag(pivotLanguage);
				if (pivot.language().equals(pair.from().language()) || pivot.language().equals(pair.to().language())) {
					continue;
				}
				if (engine.supports(new LanguagePair(pair.from(), pivot))
						&& engine.supports(new LanguagePair(pivot, pair.to()))) {
					return Optional.of(new Route(engine, pivot));
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Whether an engine configured here translates the pair, directly or through a pivot;
	 * never calls the engine to translate. An engine that cannot answer now counts as
	 * able: the translation is tried again later.
	 */
	public boolean canTranslate(LanguageTag from, LanguageTag to) {
		if (from.isUndetermined() || to.isUndetermined()) {
			return false;
		}
		if (from.language().equals(to.language())) {
			return true;
		}
		try {
			return route(new LanguagePair(from, to)).isPresent();
		}
		catch (TranslationUnavailableException ex) {
			return true;
		}
	}

	/**
	 * The pairs each engine translates directly, by engine name; an engine that cannot
	 * list its pairs (a cloud service) or cannot answer now has an empty list.
	 */
	public Map<String, List<LanguagePair>> pairs() {
		Map<String, List<LanguagePair>> pairs = new LinkedHashMap<>();
		this.engines.forEach((name, engine) -> {
			try {
				pairs.put(name, engine.pairs());
			}
			catch (TranslationUnavailableException ex) {
				pairs.put(name, List.of());
			}
		});
		return pairs;
	}

	private void check(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidValueException("text", "The text is empty");
		}
		if (text.length() > this.settings.maxTextLength()) {
			throw new InvalidValueException("text", "A text to translate may have at most "
					+ this.settings.maxTextLength() + " characters; this one has " + text.length());
		}
	}

	private LanguageTag detect(String text) {
		Detection detected = this.detection.detect(text, DetectionHints.none());
		if (detected.language().isUndetermined()) {
			throw new InvalidValueException("from",
					"The language of the text cannot be told reliably; say which it is in 'from'");
		}
		return detected.language();
	}

}
