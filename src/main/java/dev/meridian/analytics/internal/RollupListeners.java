package dev.meridian.analytics.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

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
 * ticket event adds, which the reports benchmark reads. The processor time of the
 * updating thread is timed apart ({@code meridian.analytics.rollup.cpu}): on a busy node
 * the elapsed time is mostly waiting for a core and for the database.
 */
@Component
class RollupListeners {

	private final RollupUpdates updates;

	private final Map<Kind, Timer> timers = new EnumMap<>(Kind.class);

	private final Map<Kind, Timer> work = new EnumMap<>(Kind.class);

	private final Map<Kind, Timer> cpu = new EnumMap<>(Kind.class);

	private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

	RollupListeners(RollupUpdates updates, MeterRegistry meters) {
		this.updates = updates;
		for (Kind kind : Kind.values()) {
			this.timers.put(kind,
					timer(meters, "meridian.analytics.rollup", kind, "Rolling one event up into the report rollups"));
			this.work.put(kind,
					timer(meters, "meridian.analytics.rollup.work", kind,
							"Rolling one event up, without reading its ticket's row for update "
									+ "(the read and the wait for another event of the same ticket)"));
			this.cpu.put(kind,
					timer(meters, "meridian.analytics.rollup.cpu", kind,
							"Processor time of this node's thread rolling one event up "
									+ "(without the waits: for the database, for a core, for the ticket's lock)"));
		}
	}

	private static Timer timer(MeterRegistry meters, String name, Kind kind, String description) {
		return Timer.builder(name)
			.description(description)
			.tag("event", kind.name().toLowerCase(Locale.ROOT))
			.publishPercentiles(0.5, 0.95, 0.99)
			.register(meters);
	}

	private void timed(Kind kind, Runnable update) {
		long start = System.nanoTime();
		long cpuStart = this.threads.getCurrentThreadCpuTime();
		long lockedBefore = this.updates.lockNanosOfThisThread();
		try {
			update.run();
		}
		finally {
			long total = System.nanoTime() - start;
			if (cpuStart >= 0) {
				this.cpu.get(kind).record(this.threads.getCurrentThreadCpuTime() - cpuStart, TimeUnit.NANOSECONDS);
			}
			this.timers.get(kind).record(total, TimeUnit.NANOSECONDS);
			this.work.get(kind)
				.record(total - (this.updates.lockNanosOfThisThread() - lockedBefore), TimeUnit.NANOSECONDS);
		}
	}

	/** The events timed apart. */
	enum Kind {

		CREATED, ASSIGNED, REPLIED, BOT_ANSWERED, SOLVED, REOPENED, BREACHED, ANSWERED, ORDERED

	}

	@ApplicationModuleListener
	void on(TicketCreated event) {
		timed(Kind.CREATED,
				() -> this.updates.created(new TicketFact(event.ticket().value(), event.customer().value(), event.at(),
						event.market() == null ? "" : event.market(), event.language(),
						event.channel().name().toLowerCase(Locale.ROOT))));
	}

	@ApplicationModuleListener
	void on(TicketAssigned event) {
		timed(Kind.ASSIGNED, () -> this.updates.assigned(event.ticket(),
				event.assignee() == null ? null : event.assignee().value()));
	}

	@ApplicationModuleListener
	void on(ReplySent event) {
		timed(Kind.REPLIED, () -> this.updates.replied(event.ticket(), event.at(), event.translated()));
	}

	@ApplicationModuleListener
	void on(AutomatedReplyPosted event) {
		timed(Kind.BOT_ANSWERED, () -> this.updates.botAnswered(event.ticket(), event.at()));
	}

	@ApplicationModuleListener
	void on(TicketSolved event) {
		timed(Kind.SOLVED, () -> this.updates.solved(event.ticket(), event.at()));
	}

	@ApplicationModuleListener
	void on(TicketReopened event) {
		timed(Kind.REOPENED, () -> this.updates.reopened(event.ticket(), event.at()));
	}

	@ApplicationModuleListener
	void on(SlaBreached event) {
		timed(Kind.BREACHED, () -> this.updates.breached(event.ticket(), event.target()));
	}

	/** An order makes its customer active (retention), nothing else. */
	@ApplicationModuleListener
	void on(OrderPlaced event) {
		timed(Kind.ORDERED, () -> this.updates.ordered(event.customer(), event.placedAt(), event.market()));
	}

	@ApplicationModuleListener
	void on(SurveyAnswered event) {
		timed(Kind.ANSWERED, () -> this.updates.answered(event));
	}

}
