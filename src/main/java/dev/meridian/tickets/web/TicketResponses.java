package dev.meridian.tickets.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.meridian.agents.Agent;
import dev.meridian.agents.AgentId;
import dev.meridian.agents.AgentManagement;
import dev.meridian.agents.Team;
import dev.meridian.customers.Customer;
import dev.meridian.customers.CustomerId;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.markets.CountryCode;
import dev.meridian.tickets.AssignmentReasons;
import dev.meridian.tickets.ServiceLevel;
import dev.meridian.tickets.ServiceLevels;
import dev.meridian.tickets.Ticket;
import dev.meridian.tickets.TicketId;
import dev.meridian.web.EnumValues;

import org.springframework.stereotype.Component;

/**
 * Turns tickets into responses, fetching the customers and agents of a whole page in one
 * query each instead of one per ticket.
 */
@Component
class TicketResponses {

	private final CustomerManagement customers;

	private final AgentManagement agents;

	private final AssignmentReasons reasons;

	private final ServiceLevels serviceLevels;

	TicketResponses(CustomerManagement customers, AgentManagement agents, AssignmentReasons reasons,
			ServiceLevels serviceLevels) {
		this.customers = customers;
		this.agents = agents;
		this.reasons = reasons;
		this.serviceLevels = serviceLevels;
	}

	TicketResponse of(Ticket ticket) {
		return of(List.of(ticket)).get(0);
	}

	/** A ticket just opened for a customer already at hand: nothing to look up again. */
	TicketResponse of(Ticket ticket, Customer customer) {
		return of(List.of(ticket), Map.of(customer.id(), customer)).get(0);
	}

	List<TicketResponse> of(List<Ticket> tickets) {
		return of(tickets, this.customers.findAll(tickets.stream().map(Ticket::customer).toList()));
	}

	private List<TicketResponse> of(List<Ticket> tickets, Map<CustomerId, Customer> customerById) {
		Map<AgentId, Agent> agentById = this.agents
			.findAll(tickets.stream().flatMap(t -> t.assignee().stream()).toList());
		Map<dev.meridian.agents.TeamId, Team> teamById = tickets.stream().anyMatch(t -> t.team().isPresent())
				? this.agents.teams().stream().collect(java.util.stream.Collectors.toMap(Team::id, t -> t)) : Map.of();
		// The clocks and the reply promise are the SLA module's: one read for the page.
		Map<TicketId, ServiceLevel> levels = this.serviceLevels.of(tickets.stream().map(Ticket::id).toList());
		return tickets.stream().map(ticket -> {
			Customer customer = customerById.get(ticket.customer());
			ServiceLevel level = levels.getOrDefault(ticket.id(), ServiceLevel.NONE);
			return new TicketResponse(ticket.id().value(), ticket.number(), ticket.subject(),
					EnumValues.write(ticket.status()), EnumValues.write(ticket.priority()),
					EnumValues.write(ticket.channel()), ticket.language().value(),
					ticket.market().map(CountryCode::value).orElse(null), ticket.tags(),
					new TicketResponse.CustomerSummary(customer.id().value(), customer.displayName(),
							customer.primaryEmail().orElse(null), customer.preferredLanguage().value(),
							customer.timeZone().map(ZoneId::getId).orElse(null),
							customer.market().map(CountryCode::value).orElse(null)),
					ticket.assignee()
						.map(agentById::get)
						.map(a -> new TicketResponse.Reference(a.id().value(), a.displayName()))
						.orElse(null),
					ticket.assignmentReason().map(this.reasons::text).orElse(null),
					ticket.team()
						.flatMap(id -> Optional.ofNullable(teamById.get(id)))
						.map(t -> new TicketResponse.Reference(t.id().value(), t.name()))
						.orElse(null),
					ticket.createdAt(), ticket.updatedAt(), ticket.firstResponseAt().orElse(null),
					ticket.solvedAt().orElse(null), TicketResponse.Sla.of(level), level.promisedReplyAt());
		}).toList();
	}

}
