package dev.meridian.agents;

import java.util.List;

import dev.meridian.markets.LanguageTag;

/**
 * The languages of an active agent: the workspace's and those they know, as a value that
 * outlives the transaction it was read in.
 */
public record AgentLanguages(AgentId agent, LanguageTag uiLanguage, List<LanguageSkill> languages) {

	public AgentLanguages {
		languages = List.copyOf(languages);
	}

	/** Whether the agent handles the language (ignoring region) at least this well. */
	public boolean speaks(LanguageTag language, Proficiency minimum) {
		return this.languages.stream()
			.anyMatch(skill -> skill.language().language().equals(language.language())
					&& skill.proficiency().atLeast(minimum));
	}

}
