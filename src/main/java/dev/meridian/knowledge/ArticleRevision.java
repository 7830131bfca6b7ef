package dev.meridian.knowledge;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The source text as it was at one revision: what a translator translated from, so the
 * editor can show what changed since.
 */
@Entity
@Table(name = "knowledge_revisions")
public class ArticleRevision {

	@Id
	private UUID id;

	private UUID articleId;

	private int revision;

	@Enumerated(EnumType.STRING)
	private EditKind kind;

	private String title;

	private String body;

	private Instant createdAt;

	protected ArticleRevision() {
	}

	ArticleRevision(Article article, EditKind kind, ArticleTranslation source, Instant now) {
		this.id = UUID.randomUUID();
		this.articleId = article.id().value();
		this.revision = article.revision();
		this.kind = kind;
		this.title = source.title();
		this.body = source.body();
		this.createdAt = now;
	}

	public int revision() {
		return this.revision;
	}

	public EditKind kind() {
		return this.kind;
	}

	public String title() {
		return this.title;
	}

	public String body() {
		return this.body;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

}
