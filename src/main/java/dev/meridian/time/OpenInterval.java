package dev.meridian.time;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A weekly open interval in wall-clock time: it starts on {@code day} at {@code start}
 * and ends at {@code end}, on the next day when {@code end} is not after {@code start}
 * (FRIDAY 22:00–02:00 ends on Saturday at 02:00; 00:00–00:00 is the whole day). The
 * interval belongs to the day it starts on: closing that date closes all of it, also the
 * part after midnight.
 */
public record OpenInterval(DayOfWeek day, LocalTime start, LocalTime end) {

	static final int MINUTES_PER_DAY = 24 * 60;

	static final int MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

	public OpenInterval {
		Objects.requireNonNull(day, "day");
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (start.getSecond() != 0 || start.getNano() != 0 || end.getSecond() != 0 || end.getNano() != 0) {
			// Business time is counted in whole minutes; seconds would only hide
			// mistakes.
			throw new IllegalArgumentException("Open intervals start and end on whole minutes");
		}
	}

	/** Wall-clock minutes from start to end. */
	public int minutes() {
		int from = startMinute();
		int to = this.end.getHour() * 60 + this.end.getMinute();
		return to > from ? to - from : MINUTES_PER_DAY - from + to;
	}

	int startMinute() {
		return this.start.getHour() * 60 + this.start.getMinute();
	}

	/** Minute of the week (Monday 00:00 is 0) at which it starts. */
	int startMinuteOfWeek() {
		return (this.day.getValue() - 1) * MINUTES_PER_DAY + startMinute();
	}

	boolean crossesMidnight() {
		return startMinute() + minutes() > MINUTES_PER_DAY;
	}

	@Override
	public String toString() {
		return this.day + " " + this.start + "–" + this.end;
	}

}
