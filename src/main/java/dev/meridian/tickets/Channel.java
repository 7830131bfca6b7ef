package dev.meridian.tickets;

/**
 * Where a ticket came from.
 */
public enum Channel {

	EMAIL, CHAT, WEB, API, PHONE, MESSAGING

}
