package dev.meridian.tickets;

/**
 * Whether the customer sees a message.
 */
public enum Visibility {

	PUBLIC, INTERNAL

}
