package dev.meridian.sla.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.meridian.routing.Routing;
import dev.meridian.sla.ReplyPromised;
import dev.meridian.sla.SlaBreached;
import dev.meridian.sla.SlaManagement;
import dev.meridian.sla.SlaPolicy;
import dev.meridian.sla.SlaTarget;
import dev.meridian.sla.SlaTimes;
import dev.meridian.tickets.MessageReceived;
import dev.meridian.tickets.ReplySent;
import dev.meridian.tickets.Status;
import dev.meridian.tickets.Ticket;
import dev.meridian.tickets.TicketCreated;
import dev.meridian.tickets.TicketId;
import dev.meridian.tickets.TicketManagement;
import dev.meridian.tickets.TicketReopened;
import dev.meridian.tickets.TicketReprioritized;
import dev.meridian.tickets.TicketSolved;
import dev.meridian.tickets.TicketStatusChanged;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sets a ticket's service-level clocks as its events arrive, and promises the customer a
 * first-reply time when the ticket is new.
 *
 * <p>
 * The listeners run after the ticket's transaction, each in its own, and events of one
 * transaction may arrive in any order (a customer's message to a pending ticket brings
 * {@link MessageReceived} and the end of the wait together). So each listener locks the
 * ticket's clock row ({@link ClockStore#locked}), reads the ticket as it is then, and
 * decides from both, not only from its event: the first-reply clock starts only while no
 * reply exists, a pause ends when the ticket is found out of pending. The ticket's row is
 * only read: the clocks are this module's own rows.
 */
@Component
class SlaClocks {

	private final TicketManagement tickets;

	private final ClockStore clocks;

	private final SlaManagement policies;

	private final SlaCalendars calendars;

	private final Routing routing;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SlaClocks(TicketManagement tickets, ClockStore clocks, SlaManagement policies, SlaCalendars calendars,
			Routing routing, ApplicationEventPublisher events, Clock clock) {
		this.tickets = tickets;
		this.clocks = clocks;
		this.policies = policies;
		this.calendars = calendars;
		this.routing = routing;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A new ticket: its clocks start, and its customer is promised a first reply by the
	 * later of the first-reply due time (worked out here, once) and the next time someone
	 * who reads their language can answer; with neither known, nothing is promised.
	 * Channels acknowledge the ticket with it ({@link ReplyPromised}).
	 */
	@ApplicationModuleListener
	void on(TicketCreated event) {
		Ticket created = this.tickets.get(event.ticket());
		// Worked out before the row is locked: shifts over two weeks take a moment.
		Instant staffed = created.language().isUndetermined() ? null
				: this.routing.nextAnswerable(created.language().value(), created.createdAt()).orElse(null);
		SlaClock clock = this.clocks.locked(event.ticket());
		Ticket ticket = this.tickets.get(event.ticket());
		Instant now = this.clock.instant();
		clock.record(start(ticket, clock.times()), now);
		Instant promised = later(clock.times().firstReplyDueAt(), staffed);
		clock.promiseReply(promised, now);
		this.events.publishEvent(new ReplyPromised(event.ticket(), promised, now));
	}

	/**
	 * A customer wrote: unless the first reply is still owed, a next reply is now. A
	 * ticket's opening message changes nothing here ({@link TicketCreated} starts the
	 * clocks), nor does a message written while no reply exists yet (the first-reply
	 * clock runs; a wait it ended is resumed by its {@link TicketStatusChanged}), so the
	 * condition keeps them from costing a publication and a transaction: a chat's visitor
	 * writes many lines before anyone answers.
	 */
	@ApplicationModuleListener(condition = "!#event.opening() && !#event.awaitingFirstReply()")
	void on(MessageReceived event) {
		change(event.ticket(), (ticket, clock) -> {
			SlaTimes times = clock.times();
			if (times.isPaused() && ticket.status() != Status.PENDING) {
				// The message ended the wait; its status change may not have been
				// handled.
				times = dueTimes(ticket).resume(times, event.at());
			}
			boolean replied = ticket.firstResponseAt().filter(first -> first.isBefore(event.at())).isPresent();
			if (!replied || times.nextReplyDueAt() != null || !ticket.status().isUnresolved()) {
				return times;
			}
			Optional<SlaPolicy> policy = policyFor(ticket);
			if (policy.isEmpty() || policy.get().nextReplyMinutes() == null) {
				return times;
			}
			DueTimes due = dueTimes(ticket);
			return stamped(times.withDue(SlaTarget.NEXT_REPLY, due.after(event.at(), policy.get().nextReplyMinutes())),
					due, ticket, policy.get());
		});
	}

	/**
	 * An agent replied: the first reply and the reply the customer waited for are met.
	 */
	@ApplicationModuleListener
	void on(ReplySent event) {
		change(event.ticket(), (ticket, clock) -> {
			SlaTimes times = clock.times();
			for (SlaTarget target : List.of(SlaTarget.FIRST_REPLY, SlaTarget.NEXT_REPLY)) {
				markIfLate(clock, times, target, event.at());
				times = times.withDue(target, null);
			}
			return times;
		});
	}

	@ApplicationModuleListener
	void on(TicketStatusChanged event) {
		change(event.ticket(), (ticket, clock) -> {
			SlaTimes times = clock.times();
			if (event.to() == Status.PENDING && ticket.status() == Status.PENDING && !times.isPaused()) {
				return times.pausedSince(event.at(), times.pausedMinutes());
			}
			if (event.from() == Status.PENDING && times.isPaused() && ticket.status() != Status.PENDING) {
				return dueTimes(ticket).resume(times, event.at());
			}
			return times;
		});
	}

	/** Solved: whatever was still due is met now, or was missed. */
	@ApplicationModuleListener
	void on(TicketSolved event) {
		change(event.ticket(), (ticket, clock) -> {
			SlaTimes times = clock.times();
			for (SlaTarget target : SlaTarget.values()) {
				markIfLate(clock, times, target, event.at());
				times = times.withDue(target, null);
			}
			return times.pausedSince(null, times.pausedMinutes());
		});
	}

	/**
	 * Reopened: resolution is owed again, counted afresh from the reopening. (A customer
	 * who reopens by writing also starts the next-reply clock, through their message.)
	 */
	@ApplicationModuleListener
	void on(TicketReopened event) {
		change(event.ticket(), (ticket, clock) -> {
			SlaTimes times = clock.times();
			Optional<SlaPolicy> policy = policyFor(ticket);
			if (!ticket.status().isUnresolved() || policy.isEmpty() || policy.get().resolutionMinutes() == null) {
				return times;
			}
			DueTimes due = dueTimes(ticket);
			return stamped(times.withDue(SlaTarget.RESOLUTION, due.after(event.at(), policy.get().resolutionMinutes())),
					due, ticket, policy.get());
		});
	}

	/**
	 * The priority changed (an agent made it urgent): the first-reply and resolution
	 * targets still running are counted again from the ticket's start by the policy that
	 * applies now, plus the business minutes the clocks stood still. Targets already met
	 * or missed stay as they were; a next reply owed keeps its time until the customer
	 * writes again.
	 */
	@ApplicationModuleListener
	void on(TicketReprioritized event) {
		change(event.ticket(), (ticket, clock) -> {
			SlaTimes times = clock.times();
			if (!ticket.status().isUnresolved()) {
				return times;
			}
			if (times.policy() == null) {
				return start(ticket, times);
			}
			Optional<SlaPolicy> policy = policyFor(ticket);
			if (policy.isEmpty()) {
				return times;
			}
			DueTimes due = dueTimes(ticket);
			Instant from = ticket.createdAt();
			for (SlaTarget target : List.of(SlaTarget.FIRST_REPLY, SlaTarget.RESOLUTION)) {
				if (times.dueAt(target) == null || clock.breaches().contains(target)) {
					continue;
				}
				Integer minutes = target == SlaTarget.FIRST_REPLY ? policy.get().firstReplyMinutes()
						: policy.get().resolutionMinutes();
				times = times.withDue(target,
						due.after(from, minutes == null ? null : Math.toIntExact(minutes + times.pausedMinutes())));
			}
			return stamped(times, due, ticket, policy.get());
		});
	}

	/**
	 * Moves the ticket's clocks, its clock row locked. Most events of a help desk without
	 * policies concern no clock, and then nothing is locked or written at all.
	 */
	private void change(TicketId id, Change change) {
		Ticket ticket = this.tickets.get(id);
		if (!this.clocks.find(id).map(SlaClock::isRunning).orElse(false) && policyFor(ticket).isEmpty()) {
			return;
		}
		SlaClock clock = this.clocks.locked(id);
		// Read again now that the clocks are ours: the ticket may have changed since.
		ticket = this.tickets.get(id);
		clock.record(change.apply(ticket, clock), this.clock.instant());
	}

	private SlaTimes start(Ticket ticket, SlaTimes times) {
		if (times.policy() != null || !ticket.status().isUnresolved()) {
			return times;
		}
		Optional<SlaPolicy> policy = policyFor(ticket);
		if (policy.isEmpty()) {
			return times;
		}
		DueTimes due = dueTimes(ticket);
		Instant from = ticket.createdAt();
		if (ticket.firstResponseAt().isEmpty()) {
			times = times.withDue(SlaTarget.FIRST_REPLY, due.after(from, policy.get().firstReplyMinutes()));
		}
		times = times.withDue(SlaTarget.RESOLUTION, due.after(from, policy.get().resolutionMinutes()));
		return stamped(times, due, ticket, policy.get());
	}

	/**
	 * The clocks named after the policy and calendar that set their latest target (a
	 * ticket whose priority or team changed gets its next target from the policy and
	 * calendar that apply now), keeping due times and pauses.
	 */
	private SlaTimes stamped(SlaTimes times, DueTimes due, Ticket ticket, SlaPolicy policy) {
		return new SlaTimes(times.firstReplyDueAt(), times.nextReplyDueAt(), times.resolutionDueAt(), policy.name(),
				this.calendars.of(ticket).name(), due.neverOpen(), policy.warningLeadMinutes(), times.pausedAt(),
				times.pausedMinutes());
	}

	private Optional<SlaPolicy> policyFor(Ticket ticket) {
		return this.policies.policyFor(ticket.priority(), ticket.market().orElse(null), ticket.channel());
	}

	private DueTimes dueTimes(Ticket ticket) {
		return new DueTimes(this.calendars.of(ticket).calendar());
	}

	/**
	 * A target met at {@code at} after its due time, before the periodic check marked it:
	 * marked here so a quick late reply still counts as a breach.
	 */
	private void markIfLate(SlaClock clock, SlaTimes times, SlaTarget target, Instant at) {
		Instant due = times.dueAt(target);
		if (due == null || !due.isBefore(at) || times.isPaused()) {
			return;
		}
		if (clock.recordBreach(target, this.clock.instant())) {
			this.events.publishEvent(new SlaBreached(clock.ticket(), target, due, at));
		}
	}

	static @Nullable Instant later(@Nullable Instant a, @Nullable Instant b) {
		if (a == null) {
			return b;
		}
		return b == null || a.isAfter(b) ? a : b;
	}

	@FunctionalInterface
	private interface Change {

		SlaTimes apply(Ticket ticket, SlaClock clock);

	}

}
