package dev.meridian.knowledge;

import java.time.Instant;
import java.util.UUID;

import dev.meridian.InvalidValueException;
import dev.meridian.markets.LanguageTag;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * An article's text in one locale. It remembers the source revision it was translated
 * from: when the source has changed substantively since, it is outdated.
 */
@Entity
@Table(name = "knowledge_translations")
public class ArticleTranslation {

	static final int MAX_TITLE_LENGTH = 300;

	@Id
	private UUID id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "article_id")
	private Article article;

	private String locale;

	private String title;

	private String slug;

	private String body;

	private String bodyHtml;

	@Enumerated(EnumType.STRING)
	private TranslationStatus status;

	private @Nullable String author;

	private int basedOnRevision;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	protected ArticleTranslation() {
	}

	ArticleTranslation(Article article, TranslationDraft draft, int revision, Instant now) {
		this.id = UUID.randomUUID();
		this.article = article;
		this.locale = draft.locale().value();
		this.createdAt = now;
		apply(draft, revision, now);
	}

	void apply(TranslationDraft draft, int revision, Instant now) {
		String stripped = draft.title() == null ? "" : draft.title().strip();
		if (stripped.isEmpty()) {
			throw new InvalidValueException("title", "An article needs a title");
		}
		if (stripped.codePointCount(0, stripped.length()) > MAX_TITLE_LENGTH) {
			throw new InvalidValueException("title", "A title may have at most " + MAX_TITLE_LENGTH + " characters");
		}
		this.title = stripped;
		this.body = ArticleBodies.checked(draft.body());
		this.bodyHtml = ArticleBodies.html(this.body);
		this.slug = Slugs.of(draft.slug(), stripped);
		this.status = draft.status();
		this.author = draft.author();
		this.basedOnRevision = revision;
		this.updatedAt = now;
	}

	public UUID id() {
		return this.id;
	}

	public Article article() {
		return this.article;
	}

	public ArticleId articleId() {
		return this.article.id();
	}

	public LanguageTag locale() {
		return LanguageTag.read(this.locale);
	}

	public String title() {
		return this.title;
	}

	public String slug() {
		return this.slug;
	}

	/** Markdown as written. */
	public String body() {
		return this.body;
	}

	/** Rendered and sanitized: safe to show. */
	public String html() {
		return this.bodyHtml;
	}

	/** The body as plain text, for indexing and snippets. */
	public String text() {
		return ArticleBodies.text(this.body);
	}

	public TranslationStatus status() {
		return this.status;
	}

	public boolean isPublished() {
		return this.status == TranslationStatus.PUBLISHED;
	}

	public @Nullable String author() {
		return this.author;
	}

	public int basedOnRevision() {
		return this.basedOnRevision;
	}

	public boolean isSource() {
		return this.article.sourceLocale().equals(locale());
	}

	/** The source changed substantively since this was translated. */
	public boolean isOutdated() {
		return !isSource() && this.basedOnRevision < this.article.substantiveRevision();
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

}
