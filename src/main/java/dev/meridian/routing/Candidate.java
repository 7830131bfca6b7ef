package dev.meridian.routing;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import dev.meridian.agents.AgentId;
import dev.meridian.agents.Capacity;
import dev.meridian.agents.Presence;
import dev.meridian.agents.Proficiency;
import dev.meridian.agents.WorkPeriod;

/**
 * An agent as the routing table holds them for one language: how well they read it, where
 * they sit, whether they are at their desk, how much they take, and when they work, as a
 * flat array of epoch seconds {@code [start0, end0, start1, end1, ...]} (sorted, not
 * overlapping) so that "works at t" is a binary search without allocation.
 */
public final class Candidate {

	private final AgentId agent;

	private final String displayName;

	private final ZoneId zone;

	private final Proficiency proficiency;

	private final Presence presence;

	private final Capacity capacity;

	private final long[] periods;

	public Candidate(AgentId agent, String displayName, ZoneId zone, Proficiency proficiency, Presence presence,
			Capacity capacity, List<WorkPeriod> workPeriods) {
		this.agent = agent;
		this.displayName = displayName;
		this.zone = zone;
		this.proficiency = proficiency;
		this.presence = presence;
		this.capacity = capacity;
		this.periods = new long[workPeriods.size() * 2];
		for (int i = 0; i < workPeriods.size(); i++) {
			this.periods[2 * i] = workPeriods.get(i).start().getEpochSecond();
			this.periods[2 * i + 1] = workPeriods.get(i).end().getEpochSecond();
		}
	}

	public AgentId agent() {
		return this.agent;
	}

	public String displayName() {
		return this.displayName;
	}

	public ZoneId zone() {
		return this.zone;
	}

	public Proficiency proficiency() {
		return this.proficiency;
	}

	public Presence presence() {
		return this.presence;
	}

	public Capacity capacity() {
		return this.capacity;
	}

	/** Whether the agent is on shift (and not on holiday or time off) at that second. */
	public boolean worksAt(long epochSecond) {
		int i = lastStartingAtOrBefore(epochSecond);
		return i >= 0 && epochSecond < this.periods[2 * i + 1];
	}

	/** The first second at or after {@code epochSecond} the agent works, or -1. */
	public long nextWorkSecond(long epochSecond) {
		int i = lastStartingAtOrBefore(epochSecond);
		if (i >= 0 && epochSecond < this.periods[2 * i + 1]) {
			return epochSecond;
		}
		int next = i + 1;
		return next < this.periods.length / 2 ? this.periods[2 * next] : -1;
	}

	/** The working periods, for coverage. */
	public List<WorkPeriod> workPeriods() {
		List<WorkPeriod> list = new ArrayList<>(this.periods.length / 2);
		for (int i = 0; i < this.periods.length; i += 2) {
			list.add(
					new WorkPeriod(Instant.ofEpochSecond(this.periods[i]), Instant.ofEpochSecond(this.periods[i + 1])));
		}
		return list;
	}

	private int lastStartingAtOrBefore(long epochSecond) {
		int low = 0;
		int high = this.periods.length / 2 - 1;
		int found = -1;
		while (low <= high) {
			int mid = (low + high) >>> 1;
			if (this.periods[2 * mid] <= epochSecond) {
				found = mid;
				low = mid + 1;
			}
			else {
				high = mid - 1;
			}
		}
		return found;
	}

	@Override
	public String toString() {
		return this.displayName + " (" + this.agent + ")";
	}

}
