package dev.meridian.feedback.surveys;

import java.util.List;
import java.util.Optional;

import dev.meridian.agents.Agent;
import dev.meridian.agents.AgentId;
import dev.meridian.agents.AgentManagement;
import dev.meridian.agents.Team;
import dev.meridian.agents.TeamId;
import dev.meridian.tickets.Author;
import dev.meridian.tickets.Direction;
import dev.meridian.tickets.Message;
import dev.meridian.tickets.ReadingLanguages;
import dev.meridian.tickets.Ticket;
import dev.meridian.tickets.TicketManagement;
import dev.meridian.tickets.Visibility;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Whom a ticket's rating is credited to: the agent who last replied to the customer
 * publicly (the assignee when no agent replied), the ticket's team (else the first team
 * that agent belongs to), and whether the conversation went through machine translation
 * (a reply sent translated, or an agent who does not read the customer's language).
 */
@Component
class SurveyCredit {

	private final TicketManagement tickets;

	private final AgentManagement agents;

	SurveyCredit(TicketManagement tickets, AgentManagement agents) {
		this.tickets = tickets;
		this.agents = agents;
	}

	record Credit(@Nullable AgentId agent, @Nullable TeamId team, boolean translated) {
	}

	Credit of(Ticket ticket) {
		List<Message> messages = this.tickets.messages(ticket.id());
		AgentId agent = null;
		boolean translated = false;
		for (Message message : messages) {
			if (message.original().isPresent()) {
				translated = true;
			}
			if (message.direction() == Direction.OUTBOUND && message.visibility() == Visibility.PUBLIC
					&& message.author().type() == Author.Type.AGENT) {
				agent = message.author().agent().orElse(agent);
			}
		}
		if (agent == null) {
			agent = ticket.assignee().orElse(null);
		}
		Optional<Agent> found = agent == null ? Optional.empty() : this.agents.find(agent);
		if (found.isPresent() && !ticket.language().isUndetermined()
				&& !ReadingLanguages.reads(found.get(), ticket.language())) {
			translated = true;
		}
		TeamId team = ticket.team().orElse(null);
		if (team == null && agent != null) {
			AgentId member = agent;
			team = this.agents.teams()
				.stream()
				.filter(candidate -> candidate.members().contains(member))
				.map(Team::id)
				.findFirst()
				.orElse(null);
		}
		return new Credit(agent, team, translated);
	}

}
