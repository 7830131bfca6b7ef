package dev.meridian.analytics.internal;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import dev.meridian.commerce.OrderPlaced;
import dev.meridian.feedback.SurveyAnswered;
import dev.meridian.sla.SlaBreached;
import dev.meridian.tickets.AutomatedReplyPosted;
import dev.meridian.tickets.ReplySent;
import dev.meridian.tickets.TicketAssigned;
import dev.meridian.tickets.TicketCreated;
import dev.meridian.tickets.TicketReopened;
import dev.meridian.tickets.TicketSolved;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the rollups up to date: each event is rolled up after its publisher's transaction
 * committed, in a transaction of its own, and retried by the event publication registry
 * if it fails. Each update is timed ({@code meridian.analytics.rollup}, by event, with
 * its median and 95th/99th percentiles on {@code /actuator/prometheus}): the cost a
 * ticket event adds, which the reports benchmark reads.
 */
@Component
class RollupListeners {

	private final RollupUpdates updates;

	private final Map<Kind, Timer> timers = new EnumMap<>(Kind.class);

	RollupListeners(RollupUpdates updates, MeterRegistry meters) {
		this.updates = updates;
		for (Kind kind : Kind.values()) {
			this.timers.put(kind,
					Timer.builder("meridian.analytics.rollup")
						.description("Rolling one event up into the report rollups")
						.tag("event", kind.name().toLowerCase(Locale.ROOT))
						.publishPercentiles(0.5, 0.95, 0.99)
						.register(meters));
		}
	}

	/** The events timed apart. */
	enum Kind {

		CREATED, ASSIGNED, REPLIED, BOT_ANSWERED, SOLVED, REOPENED, BREACHED, ANSWERED, ORDERED

	}

	@ApplicationModuleListener
	void on(TicketCreated event) {
		this.timers.get(Kind.CREATED)
			.record(() -> this.updates.created(new TicketFact(event.ticket().value(), event.customer().value(),
					event.at(), event.market() == null ? "" : event.market(), event.language(),
					event.channel().name().toLowerCase(Locale.ROOT))));
	}

	@ApplicationModuleListener
	void on(TicketAssigned event) {
		this.timers.get(Kind.ASSIGNED)
			.record(() -> this.updates.assigned(event.ticket(),
					event.assignee() == null ? null : event.assignee().value()));
	}

	@ApplicationModuleListener
	void on(ReplySent event) {
		this.timers.get(Kind.REPLIED)
			.record(() -> this.updates.replied(event.ticket(), event.at(), event.translated()));
	}

	@ApplicationModuleListener
	void on(AutomatedReplyPosted event) {
		this.timers.get(Kind.BOT_ANSWERED).record(() -> this.updates.botAnswered(event.ticket(), event.at()));
	}

	@ApplicationModuleListener
	void on(TicketSolved event) {
		this.timers.get(Kind.SOLVED).record(() -> this.updates.solved(event.ticket(), event.at()));
	}

	@ApplicationModuleListener
	void on(TicketReopened event) {
		this.timers.get(Kind.REOPENED).record(() -> this.updates.reopened(event.ticket(), event.at()));
	}

	@ApplicationModuleListener
	void on(SlaBreached event) {
		this.timers.get(Kind.BREACHED).record(() -> this.updates.breached(event.ticket(), event.target()));
	}

	/** An order makes its customer active (retention), nothing else. */
	@ApplicationModuleListener
	void on(OrderPlaced event) {
		this.timers.get(Kind.ORDERED)
			.record(() -> this.updates.ordered(event.customer(), event.placedAt(), event.market()));
	}

	@ApplicationModuleListener
	void on(SurveyAnswered event) {
		this.timers.get(Kind.ANSWERED).record(() -> this.updates.answered(event));
	}

}
