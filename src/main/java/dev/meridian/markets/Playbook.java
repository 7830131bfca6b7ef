package dev.meridian.markets;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A market's playbook: the short checklist agents see on the market's tickets ("apologise
 * first; use the family name with 様"). Written in one language, the source, and
 * translated into the workspace languages; a substantive change to the source raises its
 * revision, and translations made from an older revision are outdated.
 */
@Entity
@Table(name = "market_playbooks")
public class Playbook {

	@Id
	private String marketCode;

	private String sourceLanguage;

	private int revision;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	@OneToMany(mappedBy = "playbook", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	private List<PlaybookText> texts = new ArrayList<>();

	protected Playbook() {
	}

	Playbook(CountryCode market, LanguageTag source, List<String> items, Instant now) {
		this.marketCode = market.value();
		this.sourceLanguage = source.value();
		this.revision = 1;
		this.createdAt = now;
		this.updatedAt = now;
		this.texts.add(new PlaybookText(this, source, items, this.revision, now));
	}

	/** Rewrites the source; a substantive edit outdates every translation. */
	void rewrite(LanguageTag language, List<String> items, PlaybookEdit edit, Instant now) {
		if (!language.equals(sourceLanguage())) {
			throw new PlaybookLanguageException(market(),
					"The playbook is written in " + this.sourceLanguage
							+ ": write its source in that language, or translate it into " + language.value()
							+ " under /translations/" + language.value());
		}
		if (edit == PlaybookEdit.SUBSTANTIVE) {
			this.revision++;
		}
		source().apply(items, this.revision, now);
		this.updatedAt = now;
	}

	/** Writes the translation into a language, as made from the current revision. */
	void translate(LanguageTag language, List<String> items, Instant now) {
		if (language.equals(sourceLanguage())) {
			throw new PlaybookLanguageException(market(),
					"The playbook is written in " + language.value() + ": change its source instead");
		}
		Optional<PlaybookText> existing = text(language);
		if (existing.isPresent()) {
			existing.get().apply(items, this.revision, now);
		}
		else {
			this.texts.add(new PlaybookText(this, language, items, this.revision, now));
		}
		this.updatedAt = now;
	}

	boolean removeTranslation(LanguageTag language) {
		if (language.equals(sourceLanguage())) {
			throw new PlaybookLanguageException(market(),
					"The source cannot be removed on its own: delete the playbook instead");
		}
		return this.texts.removeIf(text -> text.language().equals(language));
	}

	/**
	 * What a reader of this language sees: the translation into their language (the same
	 * tag, else the same language in another region), else the source.
	 */
	public PlaybookView forReader(Locale reader) {
		String wanted = reader.toLanguageTag();
		Optional<PlaybookText> shown = this.texts.stream()
			.filter(text -> text.language().value().equalsIgnoreCase(wanted))
			.findFirst()
			.or(() -> this.texts.stream()
				.filter(text -> text.language().language().equals(reader.getLanguage()))
				.min(Comparator.comparing((PlaybookText text) -> !text.isSource())));
		PlaybookText text = shown.orElse(source());
		return new PlaybookView(market(), text.language(), text.items(), sourceLanguage(), shown.isPresent(),
				text.isOutdated(), this.revision, text.updatedAt());
	}

	public CountryCode market() {
		return new CountryCode(this.marketCode);
	}

	public LanguageTag sourceLanguage() {
		return LanguageTag.read(this.sourceLanguage);
	}

	/** Raised by each substantive change to the source. */
	public int revision() {
		return this.revision;
	}

	public PlaybookText source() {
		return text(sourceLanguage()).orElseThrow();
	}

	/** The source first, then the translations by language. */
	public List<PlaybookText> texts() {
		return this.texts.stream()
			.sorted(Comparator.comparing((PlaybookText text) -> !text.isSource())
				.thenComparing(text -> text.language().value()))
			.toList();
	}

	public Optional<PlaybookText> text(LanguageTag language) {
		return this.texts.stream().filter(text -> text.language().equals(language)).findFirst();
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

}
