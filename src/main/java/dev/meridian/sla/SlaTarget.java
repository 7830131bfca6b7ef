package dev.meridian.sla;

/**
 * What a service-level target promises: a first reply, a reply to each later customer
 * message, a resolution.
 */
public enum SlaTarget {

	FIRST_REPLY, NEXT_REPLY, RESOLUTION

}
