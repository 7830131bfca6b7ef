package dev.meridian.sla.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.meridian.sla.SlaBreached;
import dev.meridian.sla.SlaManagement;
import dev.meridian.sla.SlaPolicy;
import dev.meridian.tickets.MessageReceived;
import dev.meridian.tickets.ReplySent;
import dev.meridian.tickets.SlaTarget;
import dev.meridian.tickets.SlaTimes;
import dev.meridian.tickets.Status;
import dev.meridian.tickets.Ticket;
import dev.meridian.tickets.TicketCreated;
import dev.meridian.tickets.TicketId;
import dev.meridian.tickets.TicketManagement;
import dev.meridian.tickets.TicketReopened;
import dev.meridian.tickets.TicketReprioritized;
import dev.meridian.tickets.TicketSolved;
import dev.meridian.tickets.TicketStatusChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sets a ticket's service-level clocks as its events arrive.
 *
 * <p>
 * The listeners run after the ticket's transaction, each in its own, and events of one
 * transaction may arrive in any order (a customer's message to a pending ticket brings
 * {@link MessageReceived} and the end of the wait together). So each listener changes the
 * clocks through {@link TicketManagement#recordSla}, which locks the ticket, and decides
 * from the ticket as it is then, not only from its event: the first-reply clock starts
 * only while no reply exists, a pause ends when the ticket is found out of pending.
 */
@Component
class SlaClocks {

	private final TicketManagement tickets;

	private final SlaManagement policies;

	private final SlaCalendars calendars;

	private final ApplicationEventPublisher events;

	SlaClocks(TicketManagement tickets, SlaManagement policies, SlaCalendars calendars,
			ApplicationEventPublisher events) {
		this.tickets = tickets;
		this.policies = policies;
		this.calendars = calendars;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(TicketCreated event) {
		if (concerned(event.ticket())) {
			this.tickets.recordSla(event.ticket(), this::start);
		}
	}

	/** A customer wrote: unless the first reply is still owed, a next reply is now. */
	@ApplicationModuleListener
	void on(MessageReceived event) {
		if (!concerned(event.ticket())) {
			return;
		}
		this.tickets.recordSla(event.ticket(), ticket -> {
			SlaTimes times = ticket.sla();
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
		if (!concerned(event.ticket())) {
			return;
		}
		List<Late> late = new ArrayList<>();
		this.tickets.recordSla(event.ticket(), ticket -> {
			SlaTimes times = ticket.sla();
			for (SlaTarget target : List.of(SlaTarget.FIRST_REPLY, SlaTarget.NEXT_REPLY)) {
				late.addAll(lateAt(ticket, times, target, event.at()));
				times = times.withDue(target, null);
			}
			return times;
		});
		publish(event.ticket(), late, event.at());
	}

	@ApplicationModuleListener
	void on(TicketStatusChanged event) {
		if (!concerned(event.ticket())) {
			return;
		}
		this.tickets.recordSla(event.ticket(), ticket -> {
			SlaTimes times = ticket.sla();
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
		if (!concerned(event.ticket())) {
			return;
		}
		List<Late> late = new ArrayList<>();
		this.tickets.recordSla(event.ticket(), ticket -> {
			SlaTimes times = ticket.sla();
			for (SlaTarget target : SlaTarget.values()) {
				late.addAll(lateAt(ticket, times, target, event.at()));
				times = times.withDue(target, null);
			}
			return times.pausedSince(null, times.pausedMinutes());
		});
		publish(event.ticket(), late, event.at());
	}

	/**
	 * Reopened: resolution is owed again, counted afresh from the reopening. (A customer
	 * who reopens by writing also starts the next-reply clock, through their message.)
	 */
	@ApplicationModuleListener
	void on(TicketReopened event) {
		if (!concerned(event.ticket())) {
			return;
		}
		this.tickets.recordSla(event.ticket(), ticket -> {
			SlaTimes times = ticket.sla();
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
		if (!concerned(event.ticket())) {
			return;
		}
		this.tickets.recordSla(event.ticket(), ticket -> {
			SlaTimes times = ticket.sla();
			if (!ticket.status().isUnresolved()) {
				return times;
			}
			if (times.policy() == null) {
				return start(ticket);
			}
			Optional<SlaPolicy> policy = policyFor(ticket);
			if (policy.isEmpty()) {
				return times;
			}
			DueTimes due = dueTimes(ticket);
			Instant from = ticket.createdAt();
			for (SlaTarget target : List.of(SlaTarget.FIRST_REPLY, SlaTarget.RESOLUTION)) {
				if (times.dueAt(target) == null || ticket.slaBreaches().contains(target)) {
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
	 * Whether the ticket has clocks or a policy would give it some. Most events of a help
	 * desk without policies concern none, and then the ticket's row is not locked at all:
	 * the lock is only worth its wait where clocks run.
	 */
	private boolean concerned(TicketId id) {
		return this.tickets.find(id)
			.filter(ticket -> ticket.sla().policy() != null || !ticket.slaBreaches().isEmpty()
					|| policyFor(ticket).isPresent())
			.isPresent();
	}

	private SlaTimes start(Ticket ticket) {
		SlaTimes times = ticket.sla();
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
	private static List<Late> lateAt(Ticket ticket, SlaTimes times, SlaTarget target, Instant at) {
		Instant due = times.dueAt(target);
		if (due == null || !due.isBefore(at) || times.isPaused() || ticket.slaBreaches().contains(target)) {
			return List.of();
		}
		return List.of(new Late(target, due));
	}

	private void publish(TicketId ticket, List<Late> late, Instant at) {
		for (Late missed : late) {
			if (this.tickets.recordBreach(ticket, missed.target())) {
				this.events.publishEvent(new SlaBreached(ticket, missed.target(), missed.dueAt(), at));
			}
		}
	}

	private record Late(SlaTarget target, Instant dueAt) {
	}

}
