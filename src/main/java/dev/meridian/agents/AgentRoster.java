package dev.meridian.agents;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * An agent as work distribution sees them: languages, presence, capacity, and the periods
 * they work in a window of time (shifts minus holidays and time off).
 */
public record AgentRoster(AgentId agent, String displayName, ZoneId zone, List<LanguageSkill> languages,
		Presence presence, Instant presenceSince, Capacity capacity, List<WorkPeriod> workPeriods) {

	public AgentRoster {
		languages = List.copyOf(languages);
		workPeriods = List.copyOf(workPeriods);
	}

}
