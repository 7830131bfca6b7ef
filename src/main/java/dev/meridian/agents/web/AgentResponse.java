package dev.meridian.agents.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.meridian.agents.Agent;
import dev.meridian.web.EnumValues;

/**
 * An agent as the API returns it; never with a password hash.
 */
record AgentResponse(UUID id, String email, String displayName, String role, String timeZone, String uiLanguage,
		List<Skill> languages, boolean active, Instant createdAt, Instant updatedAt) {

	record Skill(String language, String proficiency) {
	}

	static AgentResponse of(Agent agent) {
		return new AgentResponse(agent.id().value(), agent.email(), agent.displayName(), EnumValues.write(agent.role()),
				agent.timeZone().getId(), agent.uiLanguage().value(),
				agent.languages()
					.stream()
					.map(skill -> new Skill(skill.language().value(), skill.proficiency().name()))
					.toList(),
				agent.isActive(), agent.createdAt(), agent.updatedAt());
	}

}
