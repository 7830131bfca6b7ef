package dev.meridian.feedback.followups;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.meridian.agents.Agent;
import dev.meridian.agents.AgentId;
import dev.meridian.agents.Role;
import dev.meridian.agents.Team;
import dev.meridian.agents.TeamId;
import org.jspecify.annotations.Nullable;

/**
 * Who supervises an agent: Meridian keeps no reporting lines, so it is an active
 * supervisor of the credited team (else of a team the agent belongs to), else any active
 * supervisor, else any active admin. The oldest account wins, so the choice is stable.
 */
record Supervisors(List<Agent> agents, List<Team> teams) {

	Optional<Agent> of(@Nullable AgentId agent, @Nullable TeamId team) {
		Comparator<Agent> oldest = Comparator.comparing(Agent::createdAt);
		for (Team candidate : this.teams) {
			boolean relevant = team != null ? candidate.id().equals(team)
					: agent != null && candidate.members().contains(agent);
			if (!relevant) {
				continue;
			}
			Optional<Agent> lead = this.agents.stream()
				.filter(member -> candidate.members().contains(member.id()))
				.filter(member -> member.isActive() && member.role() == Role.SUPERVISOR)
				.filter(member -> !member.id().equals(agent))
				.min(oldest);
			if (lead.isPresent()) {
				return lead;
			}
		}
		return this.agents.stream()
			.filter(Agent::isActive)
			.filter(member -> member.role() == Role.SUPERVISOR)
			.min(oldest)
			.or(() -> this.agents.stream().filter(Agent::isActive).filter(a -> a.role() == Role.ADMIN).min(oldest));
	}

}
