package dev.meridian.tickets;

import java.util.List;

import dev.meridian.agents.AgentId;
import dev.meridian.agents.TeamId;
import org.jspecify.annotations.Nullable;

/**
 * Changes to apply to a ticket; {@code null} leaves a field as it is. Assignee and team
 * can be cleared, so they carry a flag saying whether they change.
 */
public record TicketChanges(@Nullable Status status, @Nullable Priority priority, boolean changeAssignee,
		@Nullable AgentId assignee, boolean changeTeam, @Nullable TeamId team, @Nullable List<String> tags) {

	public static TicketChanges none() {
		return new TicketChanges(null, null, false, null, false, null, null);
	}

	public TicketChanges withStatus(Status status) {
		return new TicketChanges(status, this.priority, this.changeAssignee, this.assignee, this.changeTeam, this.team,
				this.tags);
	}

	public TicketChanges withPriority(Priority priority) {
		return new TicketChanges(this.status, priority, this.changeAssignee, this.assignee, this.changeTeam, this.team,
				this.tags);
	}

	public TicketChanges withAssignee(@Nullable AgentId assignee) {
		return new TicketChanges(this.status, this.priority, true, assignee, this.changeTeam, this.team, this.tags);
	}

}
