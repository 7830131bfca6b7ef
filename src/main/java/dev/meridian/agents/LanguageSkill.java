package dev.meridian.agents;

import dev.meridian.markets.LanguageTag;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A language an agent reads and writes, and how well.
 */
@Embeddable
public class LanguageSkill {

	@Column(name = "language")
	private String language;

	@Enumerated(EnumType.STRING)
	@Column(name = "proficiency")
	private Proficiency proficiency;

	protected LanguageSkill() {
	}

	public LanguageSkill(LanguageTag language, Proficiency proficiency) {
		this.language = language.value();
		this.proficiency = proficiency;
	}

	public LanguageTag language() {
		return LanguageTag.read(this.language);
	}

	public Proficiency proficiency() {
		return this.proficiency;
	}

}
