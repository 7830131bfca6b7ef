package dev.meridian.tickets.macros.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.Priority;
import dev.meridian.tickets.Status;
import dev.meridian.tickets.macros.EditKind;
import dev.meridian.tickets.macros.Macro;
import dev.meridian.tickets.macros.MacroActions;
import dev.meridian.tickets.macros.MacroManagement;
import dev.meridian.tickets.macros.MacroVariant;
import dev.meridian.web.EnumValues;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The macros API's requests and responses. */
final class MacroJson {

	private MacroJson() {
	}

	/** What using the macro does to the ticket; statuses and priorities in lower case. */
	record Actions(@Nullable String status, @Nullable String priority, @Nullable List<@NotNull String> tags) {

		static Actions of(MacroActions actions) {
			return new Actions(actions.status() == null ? null : EnumValues.write(actions.status()),
					actions.priority() == null ? null : EnumValues.write(actions.priority()), actions.tags());
		}

		static MacroActions read(@Nullable Actions actions) {
			if (actions == null) {
				return MacroActions.NONE;
			}
			return new MacroActions(EnumValues.parseOrNull("actions.status", actions.status(), Status.class),
					EnumValues.parseOrNull("actions.priority", actions.priority(), Priority.class),
					actions.tags() == null ? List.of() : actions.tags());
		}

	}

	record CreateRequest(@NotBlank @Size(max = 200) String name, @NotBlank String language,
			@Nullable @Size(max = 200) String variantName, @NotBlank @Size(max = 20000) String body,
			@Nullable Actions actions) {

		LanguageTag languageTag() {
			return LanguageTag.parse("language", this.language);
		}

	}

	record ChangeRequest(@NotBlank @Size(max = 200) String name, @Nullable Actions actions) {
	}

	/**
	 * A variant as written: {@code edit} is {@code substantive} (default) or
	 * {@code minor}.
	 */
	record VariantRequest(@Nullable @Size(max = 200) String name, @NotBlank @Size(max = 20000) String body,
			@Nullable String edit) {

		EditKind editKind() {
			return this.edit == null ? EditKind.SUBSTANTIVE : EnumValues.parse("edit", this.edit, EditKind.class);
		}

	}

	record RenderRequest(@NotNull UUID ticketId) {
	}

	/**
	 * A macro in the variant chosen for the reader; {@code name} and {@code body} are in
	 * {@code language}.
	 */
	record Item(UUID id, String name, String language, String body, boolean outdated, long usageCount,
			Actions actions) {

		static Item of(MacroManagement.Choice choice) {
			return new Item(choice.macro().id(), choice.variant().name(), choice.variant().language().value(),
					choice.variant().body(), choice.outdated(), choice.macro().usageCount(),
					Actions.of(choice.macro().actions()));
		}

	}

	record Items(List<Item> items) {
	}

	record Variant(String language, String name, String body, boolean source, int revision, int sourceRevision,
			boolean outdated, Instant updatedAt) {
	}

	/**
	 * A macro with all its variants; {@code name} is the macro's own name, in
	 * {@code nameLanguage}.
	 */
	record Detail(UUID id, String name, String nameLanguage, String sourceLanguage, Actions actions, long usageCount,
			@Nullable Instant lastUsedAt, Instant updatedAt, List<Variant> variants) {

		static Detail of(Macro macro) {
			List<Variant> variants = macro.variants()
				.stream()
				.map((MacroVariant v) -> new Variant(v.language().value(), v.name(), v.body(),
						v.language().equals(macro.sourceLanguage()), v.revision(), v.sourceRevision(),
						macro.isOutdated(v), v.updatedAt()))
				.toList();
			return new Detail(macro.id(), macro.name(), macro.sourceLanguage().value(), macro.sourceLanguage().value(),
					Actions.of(macro.actions()), macro.usageCount(), macro.lastUsedAt().orElse(null), macro.updatedAt(),
					variants);
		}

	}

	/**
	 * A macro's text for one ticket, placeholders filled; {@code unfilled} lists those
	 * without a value.
	 */
	record Rendered(UUID id, String language, String name, String body, Actions actions, List<String> unfilled,
			boolean outdated) {

		static Rendered of(MacroManagement.Rendered rendered) {
			return new Rendered(rendered.macro(), rendered.language().value(), rendered.name(), rendered.body(),
					Actions.of(rendered.actions()), rendered.unfilled(), rendered.outdated());
		}

	}

}
