package dev.meridian.sla.internal;

import java.time.Instant;

import dev.meridian.sla.SlaTarget;
import dev.meridian.sla.SlaTimes;
import dev.meridian.time.BusinessCalendar;
import dev.meridian.time.NeverOpenException;
import org.jspecify.annotations.Nullable;

/**
 * Service-level arithmetic on one calendar: due times and the pause while the customer is
 * awaited. A calendar without open time gives no due time rather than an error, and says
 * so, so one misconfigured calendar cannot stop a ticket's other work.
 */
public final class DueTimes {

	private final BusinessCalendar calendar;

	private boolean neverOpen;

	public DueTimes(BusinessCalendar calendar) {
		this.calendar = calendar;
		this.neverOpen = calendar.isNeverOpen();
	}

	/** {@code minutes} business minutes after {@code start}; null without a target. */
	public @Nullable Instant after(Instant start, @Nullable Integer minutes) {
		if (minutes == null || this.neverOpen) {
			return null;
		}
		try {
			return this.calendar.addBusinessMinutes(start, minutes);
		}
		catch (NeverOpenException ex) {
			this.neverOpen = true;
			return null;
		}
	}

	/** Whether the calendar turned out to have no open time. */
	boolean neverOpen() {
		return this.neverOpen;
	}

	/**
	 * Ends a pause at {@code at}: every due time still ahead when the pause began moves
	 * later by the business minutes the pause lasted, so the time left is what it was
	 * when the clocks stopped. A due time already passed then stays: that target was
	 * missed before the wait.
	 */
	SlaTimes resume(SlaTimes times, Instant at) {
		Instant pausedAt = times.pausedAt();
		if (pausedAt == null) {
			return times;
		}
		long paused = Math.max(0, this.calendar.businessMinutesBetween(pausedAt, at));
		SlaTimes resumed = times;
		for (SlaTarget target : SlaTarget.values()) {
			Instant due = times.dueAt(target);
			if (due != null && due.isAfter(pausedAt) && paused > 0) {
				resumed = resumed.withDue(target, shifted(due, paused));
			}
		}
		return resumed.pausedSince(null, times.pausedMinutes() + paused);
	}

	private Instant shifted(Instant due, long minutes) {
		try {
			return this.calendar.addBusinessMinutes(due, minutes);
		}
		catch (NeverOpenException ex) {
			return due;
		}
	}

}
