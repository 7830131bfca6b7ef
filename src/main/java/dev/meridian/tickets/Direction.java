package dev.meridian.tickets;

/**
 * Whether a message came from the customer or went to them (or stays inside, for notes).
 */
public enum Direction {

	INBOUND, OUTBOUND

}
