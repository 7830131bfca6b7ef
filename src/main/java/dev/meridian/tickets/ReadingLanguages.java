package dev.meridian.tickets;

import java.util.Comparator;

import dev.meridian.agents.Agent;
import dev.meridian.agents.AgentLanguages;
import dev.meridian.agents.LanguageSkill;
import dev.meridian.agents.Proficiency;
import dev.meridian.markets.LanguageTag;

/**
 * Which languages an agent reads well enough to answer a customer without a translation:
 * their workspace language and every language they know at B2 or better.
 */
public final class ReadingLanguages {

	/** Independent users (CEFR B2) read a customer's message without a translation. */
	static final Proficiency READS = Proficiency.B2;

	private ReadingLanguages() {
	}

	public static boolean reads(Agent agent, LanguageTag language) {
		return reads(agent.languageProfile(), language);
	}

	public static boolean reads(AgentLanguages agent, LanguageTag language) {
		return language.isUndetermined() || agent.uiLanguage().language().equals(language.language())
				|| agent.speaks(language, READS);
	}

	/**
	 * The language to translate into for this agent: the workspace language when they
	 * read it, else the one they know best.
	 */
	public static LanguageTag of(Agent agent) {
		return of(agent.languageProfile());
	}

	/** The same for an agent's languages read earlier. */
	public static LanguageTag of(AgentLanguages agent) {
		if (agent.speaks(agent.uiLanguage(), READS) || agent.languages().isEmpty()) {
			return agent.uiLanguage();
		}
		return agent.languages()
			.stream()
			.max(Comparator.comparing(LanguageSkill::proficiency))
			.map(LanguageSkill::language)
			.orElse(agent.uiLanguage());
	}

}
