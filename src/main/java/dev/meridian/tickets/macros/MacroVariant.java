package dev.meridian.tickets.macros;

import java.time.Instant;

import dev.meridian.markets.LanguageTag;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A macro's text in one language. The source variant's {@code revision} counts its
 * substantive changes; a translation's {@code sourceRevision} is the source revision it
 * was made from, so it is outdated once the source has moved past it.
 */
@Embeddable
public class MacroVariant {

	@Column(name = "language")
	private String language;

	private String name;

	private String body;

	private int revision;

	private int sourceRevision;

	private Instant updatedAt;

	protected MacroVariant() {
	}

	MacroVariant(LanguageTag language, String name, String body, int revision, int sourceRevision, Instant at) {
		this.language = language.value();
		this.name = name;
		this.body = body;
		this.revision = revision;
		this.sourceRevision = sourceRevision;
		this.updatedAt = at;
	}

	public LanguageTag language() {
		return LanguageTag.read(this.language);
	}

	public String name() {
		return this.name;
	}

	public String body() {
		return this.body;
	}

	public int revision() {
		return this.revision;
	}

	public int sourceRevision() {
		return this.sourceRevision;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

}
