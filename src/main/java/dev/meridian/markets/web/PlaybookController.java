package dev.meridian.markets.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import dev.meridian.InvalidValueException;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import dev.meridian.markets.MarketPlaybooks;
import dev.meridian.markets.Playbook;
import dev.meridian.markets.PlaybookEdit;
import dev.meridian.markets.PlaybookText;
import dev.meridian.markets.PlaybookView;
import dev.meridian.web.EnumValues;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A market's playbook: read by every agent, written and translated by supervisors.
 */
@RestController
@RequestMapping("/api/v1/markets/{code}/playbook")
@Tag(name = "Markets")
class PlaybookController {

	record SourceRequest(@Nullable String language, @Nullable List<String> items, @Nullable String edit) {
	}

	record TranslationRequest(@Nullable List<String> items) {
	}

	record TextResponse(String language, boolean source, List<String> items, int basedOnRevision, boolean outdated,
			Instant updatedAt) {

		static TextResponse of(PlaybookText text) {
			return new TextResponse(text.language().value(), text.isSource(), text.items(), text.basedOnRevision(),
					text.isOutdated(), text.updatedAt());
		}

	}

	record ShownResponse(String language, List<String> items, boolean inReadersLanguage, boolean outdated) {

		static ShownResponse of(PlaybookView view) {
			return new ShownResponse(view.language().value(), view.items(), view.inReadersLanguage(), view.outdated());
		}

	}

	record PlaybookResponse(String market, String sourceLanguage, int revision, Instant updatedAt,
			List<TextResponse> texts, @Nullable ShownResponse shown) {

		static PlaybookResponse of(Playbook playbook, @Nullable Locale reader) {
			return new PlaybookResponse(playbook.market().value(), playbook.sourceLanguage().value(),
					playbook.revision(), playbook.updatedAt(), playbook.texts().stream().map(TextResponse::of).toList(),
					reader == null ? null : ShownResponse.of(playbook.forReader(reader)));
		}

	}

	private final MarketPlaybooks playbooks;

	PlaybookController(MarketPlaybooks playbooks) {
		this.playbooks = playbooks;
	}

	@GetMapping
	@Operation(summary = "The market's playbook: its source, its translations and whether each is outdated",
			description = "With ?language=xx also what a reader of that language is shown (their translation, "
					+ "else the source).")
	PlaybookResponse get(@PathVariable String code, @RequestParam(required = false) @Nullable String language) {
		Locale reader = language == null ? null : LanguageTag.parse("language", language).locale();
		return PlaybookResponse.of(this.playbooks.get(CountryCode.parse("code", code)), reader);
	}

	@PutMapping
	@Operation(summary = "Write the playbook's source (supervisors)",
			description = "The first write sets the source language. edit: substantive (default; translations "
					+ "become outdated) or minor (a typo; they stay current).")
	PlaybookResponse write(@PathVariable String code, @RequestBody SourceRequest request) {
		if (request.language() == null || request.language().isBlank()) {
			throw new InvalidValueException("language",
					"'language' is required: the language the playbook is " + "written in");
		}
		LanguageTag language = LanguageTag.parse("language", request.language());
		if (language.isUndetermined()) {
			throw new InvalidValueException("language", "A playbook is written in a known language");
		}
		PlaybookEdit edit = request.edit() == null ? PlaybookEdit.SUBSTANTIVE
				: EnumValues.parse("edit", request.edit(), PlaybookEdit.class);
		return PlaybookResponse
			.of(this.playbooks.write(CountryCode.parse("code", code), language, items(request.items()), edit), null);
	}

	@PutMapping("/translations/{language}")
	@Operation(summary = "Write the playbook's translation into a workspace language (supervisors)")
	PlaybookResponse translate(@PathVariable String code, @PathVariable String language,
			@RequestBody TranslationRequest request) {
		return PlaybookResponse.of(this.playbooks.translate(CountryCode.parse("code", code),
				LanguageTag.parse("language", language), items(request.items())), null);
	}

	@DeleteMapping("/translations/{language}")
	ResponseEntity<Void> removeTranslation(@PathVariable String code, @PathVariable String language) {
		this.playbooks.removeTranslation(CountryCode.parse("code", code), LanguageTag.parse("language", language));
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping
	ResponseEntity<Void> delete(@PathVariable String code) {
		this.playbooks.delete(CountryCode.parse("code", code));
		return ResponseEntity.noContent().build();
	}

	private static List<String> items(@Nullable List<String> items) {
		if (items == null) {
			throw new InvalidValueException("items", "'items' is required: the checklist, one line per item");
		}
		return items;
	}

}
