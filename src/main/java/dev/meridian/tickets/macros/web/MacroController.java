package dev.meridian.tickets.macros.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.meridian.agents.Callers;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.TicketId;
import dev.meridian.tickets.macros.Macro;
import dev.meridian.tickets.macros.MacroManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Macros (saved replies) and their language variants. Agents list and render them;
 * supervisors write them.
 */
@RestController
@RequestMapping("/api/v1/macros")
@Tag(name = "Macros")
class MacroController {

	private final MacroManagement macros;

	MacroController(MacroManagement macros) {
		this.macros = macros;
	}

	@GetMapping
	@Operation(summary = "List macros, each in the variant a reader of `language` gets",
			description = "The variant in `language`, else in its language alone (pt for pt-BR), else in another "
					+ "region of it, else the source. Without `language`: the source variants. `q` keeps the "
					+ "macros whose name or text holds it.")
	MacroJson.Items list(@RequestParam(required = false) @Nullable String language,
			@RequestParam(defaultValue = "") String q) {
		List<LanguageTag> preferences = language == null || language.isBlank() ? List.of()
				: List.of(LanguageTag.parse("language", language));
		return new MacroJson.Items(this.macros.list(preferences, q).stream().map(MacroJson.Item::of).toList());
	}

	@GetMapping("/{id}")
	MacroJson.Detail get(@PathVariable UUID id) {
		return MacroJson.Detail.of(this.macros.get(id));
	}

	@PostMapping
	@Operation(summary = "Create a macro with its source variant")
	ResponseEntity<MacroJson.Detail> create(@Valid @RequestBody MacroJson.CreateRequest request) {
		Macro macro = this.macros.create(
				request.name(), request.languageTag(), request.variantName() == null || request.variantName().isBlank()
						? request.name() : request.variantName(),
				request.body(), MacroJson.Actions.read(request.actions()));
		return ResponseEntity.created(URI.create("/api/v1/macros/" + macro.id())).body(MacroJson.Detail.of(macro));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Rename a macro or change its actions")
	MacroJson.Detail change(@PathVariable UUID id, @Valid @RequestBody MacroJson.ChangeRequest request) {
		return MacroJson.Detail.of(this.macros.change(id, request.name(), MacroJson.Actions.read(request.actions())));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		this.macros.delete(id);
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/{id}/variants/{language}")
	@Operation(summary = "Write a macro's variant in a language",
			description = "The source's language rewrites the source: a substantive edit (default) marks every "
					+ "translation outdated, a minor one does not. Another language writes a translation made from "
					+ "the source's current revision.")
	MacroJson.Detail putVariant(@PathVariable UUID id, @PathVariable String language,
			@Valid @RequestBody MacroJson.VariantRequest request) {
		LanguageTag tag = LanguageTag.parse("language", language);
		Macro current = this.macros.get(id);
		String name = request.name() == null || request.name().isBlank()
				? current.variant(tag).orElse(current.source()).name() : request.name();
		return MacroJson.Detail.of(this.macros.putVariant(id, tag, name, request.body(), request.editKind()));
	}

	@DeleteMapping("/{id}/variants/{language}")
	MacroJson.Detail removeVariant(@PathVariable UUID id, @PathVariable String language) {
		return MacroJson.Detail.of(this.macros.removeVariant(id, LanguageTag.parse("language", language)));
	}

	@PostMapping("/{id}/render")
	@Operation(summary = "A macro's text for a ticket, placeholders filled",
			description = "The variant along the customer's chain: their language, the market's, the source. "
					+ "Counts as a use of the macro.")
	MacroJson.Rendered render(@PathVariable UUID id, @Valid @RequestBody MacroJson.RenderRequest request) {
		return MacroJson.Rendered.of(this.macros.render(id, new TicketId(request.ticketId()), Callers.current()));
	}

	@PostMapping("/{id}/apply")
	@Operation(summary = "Apply a macro's actions to a ticket (status, priority, tags added)")
	Applied apply(@PathVariable UUID id, @Valid @RequestBody MacroJson.RenderRequest request) {
		var ticket = this.macros.apply(id, new TicketId(request.ticketId()), Callers.current());
		return new Applied(ticket.id().value(), dev.meridian.web.EnumValues.write(ticket.status()),
				dev.meridian.web.EnumValues.write(ticket.priority()), ticket.tags());
	}

	record Applied(UUID ticketId, String status, String priority, List<String> tags) {
	}

}
