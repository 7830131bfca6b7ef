package dev.meridian.tickets;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.meridian.customers.CustomerId;
import dev.meridian.customers.CustomerPanel;
import dev.meridian.customers.PanelReads;
import dev.meridian.tickets.internal.Tickets;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * The customer 360's earlier tickets: what they asked, on which channel and in which
 * language, and how it ended.
 */
@Component
class CustomerTicketsPanel implements CustomerPanel {

	private final Tickets tickets;

	CustomerTicketsPanel(Tickets tickets) {
		this.tickets = tickets;
	}

	/** One earlier ticket as the 360 lists it. */
	record EarlierTicket(UUID id, long number, String subject, String status, String channel, String language,
			Instant createdAt, @Nullable Instant solvedAt, @Nullable UUID assigneeId) {

		static EarlierTicket of(Ticket ticket) {
			return new EarlierTicket(ticket.id().value(), ticket.number(), ticket.subject(),
					ticket.status().name().toLowerCase(java.util.Locale.ROOT),
					ticket.channel().name().toLowerCase(java.util.Locale.ROOT), ticket.language().value(),
					ticket.createdAt(), ticket.solvedAt().orElse(null),
					ticket.assignee().map(agent -> agent.value()).orElse(null));
		}

	}

	@Override
	public String key() {
		return "tickets";
	}

	@Override
	public List<EarlierTicket> items(CustomerId customer, int limit, PanelReads reads) {
		return this.tickets.findRecentOfCustomer(customer.value(), Limit.of(limit))
			.stream()
			.map(EarlierTicket::of)
			.toList();
	}

	@Override
	public String fragment() {
		return "tickets/customer-panel :: panel";
	}

	@Override
	public int position() {
		return 50;
	}

}
