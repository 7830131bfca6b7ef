package dev.meridian.analytics.internal;

import java.util.Locale;

import dev.meridian.feedback.SurveyAnswered;
import dev.meridian.sla.SlaBreached;
import dev.meridian.tickets.AutomatedReplyPosted;
import dev.meridian.tickets.ReplySent;
import dev.meridian.tickets.TicketAssigned;
import dev.meridian.tickets.TicketCreated;
import dev.meridian.tickets.TicketManagement;
import dev.meridian.tickets.TicketReopened;
import dev.meridian.tickets.TicketSolved;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the rollups up to date: each event is rolled up after its publisher's transaction
 * committed, in a transaction of its own, and retried by the event publication registry
 * if it fails.
 */
@Component
class RollupListeners {

	private final RollupUpdates updates;

	private final TicketManagement tickets;

	RollupListeners(RollupUpdates updates, TicketManagement tickets) {
		this.updates = updates;
		this.tickets = tickets;
	}

	@ApplicationModuleListener
	void on(TicketCreated event) {
		this.updates.created(new TicketFact(event.ticket().value(), event.customer().value(), event.at(),
				event.market() == null ? "" : event.market(), event.language(),
				event.channel().name().toLowerCase(Locale.ROOT)));
	}

	@ApplicationModuleListener
	void on(TicketAssigned event) {
		this.updates.assigned(event.ticket(), event.assignee() == null ? null : event.assignee().value());
	}

	@ApplicationModuleListener
	void on(ReplySent event) {
		boolean translated = this.tickets.findMessage(event.message()).flatMap(m -> m.original()).isPresent();
		this.updates.replied(event.ticket(), event.at(), translated);
	}

	@ApplicationModuleListener
	void on(AutomatedReplyPosted event) {
		this.updates.botAnswered(event.ticket(), event.at());
	}

	@ApplicationModuleListener
	void on(TicketSolved event) {
		this.updates.solved(event.ticket(), event.at());
	}

	@ApplicationModuleListener
	void on(TicketReopened event) {
		this.updates.reopened(event.ticket(), event.at());
	}

	@ApplicationModuleListener
	void on(SlaBreached event) {
		this.updates.breached(event.ticket(), event.target());
	}

	@ApplicationModuleListener
	void on(SurveyAnswered event) {
		this.updates.answered(event);
	}

}
