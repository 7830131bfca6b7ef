package dev.meridian.knowledge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.InvalidValueException;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A knowledge base article: written in one source locale, translated into others. Every
 * source edit is a new revision; a substantive one makes the translations outdated.
 * Internal articles are for agents only; an article with markets is shown only there.
 */
@Entity
@Table(name = "knowledge_articles")
public class Article {

	@Id
	private UUID id;

	private String sourceLocale;

	private @Nullable UUID categoryId;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> markets = new ArrayList<>();

	private boolean internal;

	private int revision;

	private int substantiveRevision;

	private Instant createdAt;

	private Instant updatedAt;

	@OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@BatchSize(size = 50)
	private List<ArticleTranslation> translations = new ArrayList<>();

	@Version
	private @Nullable Long version;

	protected Article() {
	}

	Article(LanguageTag sourceLocale, @Nullable UUID category, List<CountryCode> markets, boolean internal,
			Instant now) {
		this.id = UUID.randomUUID();
		this.sourceLocale = sourceLocale.value();
		this.revision = 1;
		this.substantiveRevision = 1;
		this.createdAt = now;
		this.updatedAt = now;
		classify(category, markets, internal, now);
	}

	void classify(@Nullable UUID category, List<CountryCode> markets, boolean internal, Instant now) {
		this.categoryId = category;
		this.markets = new ArrayList<>(markets.stream().map(CountryCode::value).distinct().sorted().toList());
		this.internal = internal;
		this.updatedAt = now;
	}

	/**
	 * Writes the text of one locale. In the source locale this is a new revision of the
	 * source, minor or substantive; in any other locale the translation is written
	 * against the current source revision, so it is up to date again.
	 * @return the translation written
	 */
	ArticleTranslation write(TranslationDraft draft, EditKind kind, Instant now) {
		Optional<ArticleTranslation> existing = translation(draft.locale());
		boolean source = draft.locale().equals(sourceLocale());
		if (source && existing.isPresent()) {
			this.revision++;
			if (kind == EditKind.SUBSTANTIVE) {
				this.substantiveRevision = this.revision;
			}
		}
		this.updatedAt = now;
		if (existing.isPresent()) {
			existing.get().apply(draft, this.revision, now);
			return existing.get();
		}
		ArticleTranslation created = new ArticleTranslation(this, draft, this.revision, now);
		this.translations.add(created);
		return created;
	}

	void remove(LanguageTag locale) {
		if (locale.equals(sourceLocale())) {
			throw new InvalidValueException("locale", "The source text cannot be removed, only the article");
		}
		this.translations.removeIf(translation -> translation.locale().equals(locale));
	}

	public ArticleId id() {
		return new ArticleId(this.id);
	}

	public LanguageTag sourceLocale() {
		return LanguageTag.read(this.sourceLocale);
	}

	public Optional<UUID> category() {
		return Optional.ofNullable(this.categoryId);
	}

	/** Markets it is shown in; empty means every market. */
	public List<CountryCode> markets() {
		return this.markets.stream().map(CountryCode::new).toList();
	}

	public boolean shownIn(@Nullable CountryCode market) {
		return this.markets.isEmpty() || market == null || this.markets.contains(market.value());
	}

	public boolean isInternal() {
		return this.internal;
	}

	public int revision() {
		return this.revision;
	}

	public int substantiveRevision() {
		return this.substantiveRevision;
	}

	public List<ArticleTranslation> translations() {
		return this.translations.stream().sorted(Comparator.comparing(t -> t.locale().value())).toList();
	}

	public Optional<ArticleTranslation> translation(LanguageTag locale) {
		return this.translations.stream().filter(t -> t.locale().equals(locale)).findFirst();
	}

	public ArticleTranslation source() {
		return translation(sourceLocale()).orElseThrow();
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

}
