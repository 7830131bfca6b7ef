package dev.meridian.agents;

import java.time.ZoneId;
import java.util.List;

import dev.meridian.InvalidValueException;
import dev.meridian.markets.LanguageTag;

/**
 * What defines an agent, validated.
 *
 * @param email the sign-in address
 * @param displayName name shown to colleagues and customers
 * @param role what the agent may do
 * @param timeZone where the agent works
 * @param uiLanguage the language of the agent's screens
 * @param skills languages the agent handles
 * @param active whether the agent may sign in and take work
 */
public record AgentProfile(String email, String displayName, Role role, ZoneId timeZone, LanguageTag uiLanguage,
		List<Skill> skills, boolean active) {

	/** A language and how well it is handled. */
	public record Skill(LanguageTag language, Proficiency proficiency) {
	}

	public AgentProfile {
		skills = List.copyOf(skills);
		if (skills.stream().map(s -> s.language().value()).distinct().count() != skills.size()) {
			throw new InvalidValueException("languages", "Each language may be listed once");
		}
		if (displayName.isBlank()) {
			throw new InvalidValueException("displayName", "A display name is required");
		}
	}

}
