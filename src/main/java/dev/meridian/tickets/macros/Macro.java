package dev.meridian.tickets.macros;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.InvalidValueException;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.Priority;
import dev.meridian.tickets.Status;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A saved reply with its variants per language (one of them the source), the actions it
 * applies, and how often it was used.
 */
@Entity
@Table(name = "macros")
public class Macro {

	static final int MAX_NAME = 200;

	static final int MAX_BODY = 20_000;

	static final int MAX_VARIANTS = 60;

	static final int MAX_TAGS = 20;

	@Id
	private UUID id;

	private String name;

	private String sourceLanguage;

	@Enumerated(EnumType.STRING)
	private @Nullable Status setStatus;

	@Enumerated(EnumType.STRING)
	private @Nullable Priority setPriority;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> addTags = new ArrayList<>();

	private long usageCount;

	private @Nullable Instant lastUsedAt;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "macro_variants", joinColumns = @JoinColumn(name = "macro_id"))
	private List<MacroVariant> variants = new ArrayList<>();

	protected Macro() {
	}

	Macro(String name, LanguageTag sourceLanguage, String variantName, String body, MacroActions actions, Instant now) {
		this.id = UUID.randomUUID();
		this.name = checkedName("name", name);
		this.sourceLanguage = checkedLanguage(sourceLanguage).value();
		setActions(actions);
		this.variants.add(new MacroVariant(sourceLanguage, checkedName("variantName", variantName), checkedBody(body),
				1, 1, now));
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * Writes the variant in {@code language}. For the source, a substantive edit starts a
	 * new revision (its translations become outdated); a translation is recorded as made
	 * from the source's current revision.
	 */
	void putVariant(LanguageTag language, String variantName, String body, EditKind edit, Instant now) {
		checkedLanguage(language);
		String checkedName = checkedName("name", variantName);
		String checkedBody = checkedBody(body);
		Optional<MacroVariant> existing = variant(language);
		int revision = existing.map(MacroVariant::revision).orElse(0);
		MacroVariant written;
		if (language.equals(sourceLanguage())) {
			int next = edit == EditKind.SUBSTANTIVE ? revision + 1 : revision;
			written = new MacroVariant(language, checkedName, checkedBody, next, next, now);
		}
		else {
			if (existing.isEmpty() && this.variants.size() >= MAX_VARIANTS) {
				throw new MacroRuleException("macro-too-many-variants",
						"A macro has at most " + MAX_VARIANTS + " language variants");
			}
			written = new MacroVariant(language, checkedName, checkedBody, revision + 1, source().revision(), now);
		}
		this.variants.removeIf(v -> v.language().equals(language));
		this.variants.add(written);
		this.updatedAt = now;
	}

	void removeVariant(LanguageTag language, Instant now) {
		if (language.equals(sourceLanguage())) {
			throw new MacroRuleException("macro-source-variant", "The source variant (" + language
					+ ") cannot be removed; the macro's translations are made from it");
		}
		if (!this.variants.removeIf(v -> v.language().equals(language))) {
			throw new dev.meridian.NotFoundException("Variant of macro " + this.id + " in", language);
		}
		this.updatedAt = now;
	}

	void change(String name, MacroActions actions, Instant now) {
		this.name = checkedName("name", name);
		setActions(actions);
		this.updatedAt = now;
	}

	void recordUse(Instant at) {
		this.usageCount++;
		this.lastUsedAt = at;
	}

	/** The variant a reader with these preferences gets ({@link VariantChoice}). */
	public MacroVariant variantFor(List<LanguageTag> preferences) {
		LanguageTag chosen = VariantChoice.choose(this.variants.stream().map(MacroVariant::language).toList(),
				preferences, sourceLanguage());
		return variant(chosen).orElseGet(this::source);
	}

	/** Whether this translation was made from an older revision of the source. */
	public boolean isOutdated(MacroVariant variant) {
		return !variant.language().equals(sourceLanguage()) && variant.sourceRevision() < source().revision();
	}

	public Optional<MacroVariant> variant(LanguageTag language) {
		return this.variants.stream().filter(v -> v.language().equals(language)).findFirst();
	}

	public MacroVariant source() {
		return variant(sourceLanguage()).orElseThrow();
	}

	public UUID id() {
		return this.id;
	}

	public String name() {
		return this.name;
	}

	public LanguageTag sourceLanguage() {
		return LanguageTag.read(this.sourceLanguage);
	}

	public MacroActions actions() {
		return new MacroActions(this.setStatus, this.setPriority, this.addTags);
	}

	/** Source first, then the translations by language tag. */
	public List<MacroVariant> variants() {
		List<MacroVariant> sorted = new ArrayList<>(this.variants);
		sorted.sort(java.util.Comparator.comparing((MacroVariant v) -> !v.language().equals(sourceLanguage()))
			.thenComparing(v -> v.language().value()));
		return sorted;
	}

	public long usageCount() {
		return this.usageCount;
	}

	public Optional<Instant> lastUsedAt() {
		return Optional.ofNullable(this.lastUsedAt);
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	private void setActions(MacroActions actions) {
		if (actions.tags().size() > MAX_TAGS) {
			throw new InvalidValueException("actions.tags", "A macro adds at most " + MAX_TAGS + " tags");
		}
		for (String tag : actions.tags()) {
			if (tag.isBlank() || tag.length() > 100 || tag.chars().anyMatch(Character::isWhitespace)) {
				throw new InvalidValueException("actions.tags", "A tag is 1 to 100 characters without spaces: " + tag);
			}
		}
		this.setStatus = actions.status();
		this.setPriority = actions.priority();
		this.addTags = new ArrayList<>(actions.tags().stream().map(t -> t.toLowerCase(java.util.Locale.ROOT)).toList());
	}

	private static String checkedName(String field, String name) {
		if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
			throw new InvalidValueException(field, "A name has 1 to " + MAX_NAME + " characters");
		}
		return name.strip();
	}

	private static String checkedBody(String body) {
		if (body == null || body.isBlank() || body.length() > MAX_BODY) {
			throw new InvalidValueException("body", "A macro's text has 1 to " + MAX_BODY + " characters");
		}
		return body.strip();
	}

	private static LanguageTag checkedLanguage(LanguageTag language) {
		if (language.isUndetermined()) {
			throw new InvalidValueException("language", "A macro variant needs a language, not und");
		}
		return language;
	}

}
