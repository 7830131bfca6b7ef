package dev.meridian.markets;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.meridian.InvalidValueException;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A playbook's checklist in one language: the source or a translation of it. It remembers
 * the source revision it was written from.
 */
@Entity
@Table(name = "market_playbook_texts")
public class PlaybookText {

	static final int MAX_ITEMS = 20;

	static final int MAX_ITEM_LENGTH = 300;

	@Id
	private UUID id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "market_code")
	private Playbook playbook;

	private String language;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> items = new ArrayList<>();

	private int basedOnRevision;

	private Instant updatedAt;

	protected PlaybookText() {
	}

	PlaybookText(Playbook playbook, LanguageTag language, List<String> items, int revision, Instant now) {
		this.id = UUID.randomUUID();
		this.playbook = playbook;
		this.language = language.value();
		apply(items, revision, now);
	}

	void apply(List<String> items, int revision, Instant now) {
		this.items = new ArrayList<>(checked(items));
		this.basedOnRevision = revision;
		this.updatedAt = now;
	}

	/** A checklist: one to 20 short, non-blank items. */
	static List<String> checked(List<String> items) {
		if (items.isEmpty()) {
			throw new InvalidValueException("items", "A playbook needs at least one item");
		}
		if (items.size() > MAX_ITEMS) {
			throw new InvalidValueException("items",
					"A playbook has at most " + MAX_ITEMS + " items: agents read it on every ticket, so keep it short");
		}
		List<String> checked = new ArrayList<>();
		for (String item : items) {
			String stripped = item == null ? "" : item.strip();
			if (stripped.isEmpty()) {
				throw new InvalidValueException("items", "An item is empty");
			}
			if (stripped.codePointCount(0, stripped.length()) > MAX_ITEM_LENGTH) {
				throw new InvalidValueException("items", "An item has at most " + MAX_ITEM_LENGTH + " characters");
			}
			checked.add(stripped);
		}
		return checked;
	}

	public LanguageTag language() {
		return LanguageTag.read(this.language);
	}

	public List<String> items() {
		return List.copyOf(this.items);
	}

	public int basedOnRevision() {
		return this.basedOnRevision;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public boolean isSource() {
		return this.playbook.sourceLanguage().equals(language());
	}

	/** The source changed substantively since this was translated. */
	public boolean isOutdated() {
		return !isSource() && this.basedOnRevision < this.playbook.revision();
	}

}
