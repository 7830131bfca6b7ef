package dev.meridian.routing;

import dev.meridian.agents.AgentAvailabilityChanged;
import dev.meridian.agents.AgentPresenceChanged;
import dev.meridian.agents.Presence;
import dev.meridian.tickets.TicketCreated;
import dev.meridian.tickets.TicketReopened;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reacts to what routing cares about: new and reopened tickets are routed; an agent
 * coming online or a change of shifts refreshes the table and offers waiting tickets
 * again; and a periodic pass, once per cluster, catches agents whose shift just began.
 */
@Component
class TicketRouter {

	private static final Logger log = LoggerFactory.getLogger(TicketRouter.class);

	private final Routing routing;

	TicketRouter(Routing routing) {
		this.routing = routing;
	}

	@ApplicationModuleListener
	void on(TicketCreated event) {
		this.routing.route(event.ticket());
	}

	@ApplicationModuleListener
	void on(TicketReopened event) {
		this.routing.route(event.ticket());
	}

	@ApplicationModuleListener
	void on(AgentPresenceChanged event) {
		this.routing.invalidate();
		if (event.presence() == Presence.ONLINE) {
			this.routing.reoffer(true);
		}
	}

	@ApplicationModuleListener
	void on(AgentAvailabilityChanged event) {
		this.routing.invalidate();
		this.routing.reoffer(true);
	}

	@Scheduled(fixedDelayString = "${meridian.routing.reoffer-interval:1m}", initialDelayString = "30s")
	void reofferWaitingTickets() {
		try {
			int assigned = this.routing.reoffer(false);
			if (assigned > 0) {
				log.info("Assigned {} waiting tickets", assigned);
			}
		}
		catch (RuntimeException ex) {
			// The next pass tries again; a failing pass must not stop the schedule.
			log.warn("Offering waiting tickets again failed", ex);
		}
	}

}
