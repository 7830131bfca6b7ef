package dev.meridian.language.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.meridian.InvalidValueException;
import dev.meridian.NotFoundException;
import dev.meridian.agents.Callers;
import dev.meridian.agents.NotAllowedException;
import dev.meridian.agents.Role;
import dev.meridian.language.Glossary;
import dev.meridian.language.GlossaryTerm;
import dev.meridian.language.MissingInstalls;
import dev.meridian.language.Translated;
import dev.meridian.language.Translation;
import dev.meridian.language.TranslationUnavailableException;
import dev.meridian.language.UnsupportedLanguagePairException;
import dev.meridian.markets.Formality;
import dev.meridian.markets.LanguageTag;
import dev.meridian.web.EnumValues;
import dev.meridian.web.api.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Translation, corrections and glossaries through the API.
 */
@RestController
@RequestMapping("/api/v1/language")
@Tag(name = "Language")
class TranslationController {

	record TranslateRequest(@Nullable String text, @Nullable String from, @Nullable String to, @Nullable String market,
			@Nullable String formality) {
	}

	record TranslateResponse(String text, String from, String to, String engine, boolean fromMemory,
			@Nullable String pivot, boolean corrected) {

		static TranslateResponse of(Translated translated) {
			return new TranslateResponse(translated.text(), translated.from().value(), translated.to().value(),
					translated.engine(), translated.fromMemory(),
					translated.pivot() == null ? null : translated.pivot().value(), translated.corrected());
		}

	}

	record CorrectionRequest(@Nullable String text, @Nullable String from, @Nullable String to,
			@Nullable String translation) {
	}

	record TermRequest(@Nullable String from, @Nullable String to, @Nullable String term,
			@Nullable String replacement) {
	}

	record TermResponse(UUID id, String from, String to, String term, @Nullable String replacement) {

		static TermResponse of(GlossaryTerm term) {
			return new TermResponse(term.id(), term.from(), term.to(), term.term(), term.replacement());
		}

	}

	/**
	 * The pairs an engine translates directly, "from:to"; ["*:*"] for a cloud service.
	 */
	record EnginePairs(String engine, List<String> pairs) {
	}

	record Missing(String component, String effect, List<String> packages) {
	}

	/**
	 * @param engines the engines configured, by name
	 * @param available what each engine translates directly (others go through a pivot)
	 * @param missing optional software that is not installed, and what that costs
	 * @param install the command that installs what is missing, empty when nothing is
	 * @param hint how to add engines and pairs
	 */
	record EnginesResponse(List<String> engines, List<EnginePairs> available, List<Missing> missing, String install,
			String hint) {
	}

	/** How to get more, the same words whatever is installed. */
	static final String HINT = "More Apertium pairs: Debian packages apertium-<pair> (apt-cache search apertium-), "
			+ "found at the next start. Cloud engines: set MERIDIAN_LANGUAGE_DEEPL_AUTHKEY, "
			+ "MERIDIAN_LANGUAGE_GOOGLE_APIKEY, MERIDIAN_LANGUAGE_MICROSOFT_KEY or MERIDIAN_LANGUAGE_LIBRETRANSLATE_URL "
			+ "and route pairs to them with MERIDIAN_LANGUAGE_TRANSLATION_ROUTES. Pairs no engine translates directly "
			+ "go through MERIDIAN_LANGUAGE_TRANSLATION_PIVOTLANGUAGES.";

	private final Translation translation;

	private final Glossary glossary;

	private final MissingInstalls missingInstalls;

	TranslationController(Translation translation, Glossary glossary, MissingInstalls missingInstalls) {
		this.translation = translation;
		this.glossary = glossary;
		this.missingInstalls = missingInstalls;
	}

	@PostMapping("/translate")
	@Operation(summary = "Translate a text",
			description = "from is detected when absent. The engine is chosen per pair by configuration; a pair no "
					+ "engine knows may go through a third language (pivot). The same text is translated once: "
					+ "later requests come from the translation memory (fromMemory). 422 when no engine translates "
					+ "the pair; 503 with Retry-After when the engine cannot answer now. formality: formal, informal "
					+ "or default; passed to engines that support it (DeepL) and part of the memory's key.")
	TranslateResponse translate(@RequestBody TranslateRequest request) {
		String text = required("text", request.text());
		LanguageTag to = LanguageTag.parse("to", required("to", request.to()));
		LanguageTag from = request.from() == null || request.from().isBlank() ? null
				: LanguageTag.parse("from", request.from());
		Formality formality = request.formality() == null ? Formality.DEFAULT
				: EnumValues.parse("formality", request.formality(), Formality.class);
		return TranslateResponse.of(this.translation.translate(text, from, to,
				request.market() == null || request.market().isBlank() ? null : request.market(), formality));
	}

	@GetMapping("/engines")
	@Operation(summary = "The translation engines configured, the pairs they translate, and what is missing",
			description = "available lists each engine's direct pairs (\"*:*\" for a cloud service: what it "
					+ "documents); missing lists optional software not installed (Apertium, FreeDict dictionaries) "
					+ "with what that costs and its Debian packages; install is the one command for all of it.")
	EnginesResponse engines() {
		List<EnginePairs> available = this.translation.pairs()
			.entrySet()
			.stream()
			.map(entry -> new EnginePairs(entry.getKey(), entry.getKey().equals("apertium")
					? entry.getValue().stream().map(pair -> pair.from().value() + ":" + pair.to().value()).toList()
					: List.of("*:*")))
			.toList();
		List<Missing> missing = this.missingInstalls.missing()
			.stream()
			.map(install -> new Missing(install.component(), install.effect(), install.packages()))
			.toList();
		return new EnginesResponse(this.translation.engines(), available, missing, this.missingInstalls.command(),
				HINT);
	}

	@PutMapping("/translations")
	@Operation(summary = "Correct a translation",
			description = "The correction is returned for this text and pair from now on, by the API and on screens.")
	TranslateResponse correct(@RequestBody CorrectionRequest request) {
		return TranslateResponse.of(this.translation.correct(required("text", request.text()),
				LanguageTag.parse("from", required("from", request.from())),
				LanguageTag.parse("to", required("to", request.to())), required("translation", request.translation()),
				Callers.current().agentId().map(id -> id.value()).orElse(null)));
	}

	@GetMapping("/glossary")
	@Operation(summary = "Glossary terms, optionally of one pair")
	List<TermResponse> glossary(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		return this.glossary.terms(from, to).stream().map(TermResponse::of).toList();
	}

	@PostMapping("/glossary")
	@Operation(summary = "Add a glossary term",
			description = "Without replacement the term is kept untranslated (brand and product names); with one, "
					+ "it is always rendered so. to may be '*' for every target language.")
	ResponseEntity<TermResponse> addTerm(@RequestBody TermRequest request) {
		requireSupervisor();
		GlossaryTerm term = this.glossary.add(required("from", request.from()), required("to", request.to()),
				required("term", request.term()), request.replacement());
		return ResponseEntity.created(URI.create("/api/v1/language/glossary/" + term.id())).body(TermResponse.of(term));
	}

	@GetMapping("/glossary/{id}")
	TermResponse term(@PathVariable UUID id) {
		return TermResponse.of(this.glossary.find(id).orElseThrow(() -> new NotFoundException("Glossary term", id)));
	}

	@PutMapping("/glossary/{id}")
	TermResponse updateTerm(@PathVariable UUID id, @RequestBody TermRequest request) {
		requireSupervisor();
		return TermResponse.of(this.glossary.update(id, required("from", request.from()), required("to", request.to()),
				required("term", request.term()), request.replacement()));
	}

	@DeleteMapping("/glossary/{id}")
	ResponseEntity<Void> deleteTerm(@PathVariable UUID id) {
		requireSupervisor();
		this.glossary.delete(id);
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler(UnsupportedLanguagePairException.class)
	ResponseEntity<ProblemDetail> unsupported(UnsupportedLanguagePairException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, ex.type(), "Unsupported language pair",
				ex.getMessage());
		problem.setProperty("from", ex.pair().from().value());
		problem.setProperty("to", ex.pair().to().value());
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
	}

	@ExceptionHandler(TranslationUnavailableException.class)
	ResponseEntity<ProblemDetail> unavailable(TranslationUnavailableException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ex.type(), "Translation unavailable",
				ex.getMessage());
		problem.setProperty("engine", ex.engine());
		long seconds = ex.retryAfter() == null ? 30 : Math.max(1, ex.retryAfter().toSeconds());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
			.body(problem);
	}

	/** A glossary changes every translation of its pair: supervisors decide it. */
	private static void requireSupervisor() {
		if (!Callers.current().is(Role.SUPERVISOR)) {
			throw new NotAllowedException("Only supervisors and admins change glossaries");
		}
	}

	private static String required(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidValueException(field, "'" + field + "' is required and must not be empty");
		}
		return value;
	}

}
