package dev.meridian.agents;

/**
 * Whether an agent is at their desk. Only {@link #ONLINE} agents get new work; an
 * {@link #AWAY} agent keeps their tickets but is skipped by routing.
 */
public enum Presence {

	ONLINE, AWAY, OFFLINE

}
