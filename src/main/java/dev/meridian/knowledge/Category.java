package dev.meridian.knowledge;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.meridian.InvalidValueException;
import dev.meridian.markets.LanguageTag;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A group of articles in the help center, named in every locale it is shown in. A section
 * is a category with a parent.
 */
@Entity
@Table(name = "knowledge_categories")
public class Category {

	@Id
	private UUID id;

	private String slug;

	private @Nullable UUID parentId;

	@JdbcTypeCode(SqlTypes.JSON)
	private Map<String, String> names = new LinkedHashMap<>();

	private int position;

	private Instant createdAt;

	@Version
	private @Nullable Long version;

	protected Category() {
	}

	Category(String slug, @Nullable UUID parent, Map<LanguageTag, String> names, int position, Instant now) {
		if (names.isEmpty()) {
			throw new InvalidValueException("names", "A category needs a name in at least one locale");
		}
		this.id = UUID.randomUUID();
		this.slug = Slugs.of(slug, slug);
		this.parentId = parent;
		names.forEach((locale, name) -> {
			if (name == null || name.isBlank() || name.length() > 200) {
				throw new InvalidValueException("names." + locale, "A name has 1 to 200 characters");
			}
			this.names.put(locale.value(), name.strip());
		});
		this.position = position;
		this.createdAt = now;
	}

	public UUID id() {
		return this.id;
	}

	public String slug() {
		return this.slug;
	}

	public @Nullable UUID parent() {
		return this.parentId;
	}

	public Map<String, String> names() {
		return Map.copyOf(this.names);
	}

	/** The name in the first of the given locales that has one, else any name. */
	public String name(List<LanguageTag> chain) {
		for (LanguageTag locale : chain) {
			String name = this.names.get(locale.value());
			if (name != null) {
				return name;
			}
			for (Map.Entry<String, String> entry : this.names.entrySet()) {
				if (LanguageTag.read(entry.getKey()).language().equals(locale.language())) {
					return entry.getValue();
				}
			}
		}
		return this.names.values().iterator().next();
	}

	public int position() {
		return this.position;
	}

}
