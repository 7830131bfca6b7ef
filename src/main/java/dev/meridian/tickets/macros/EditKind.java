package dev.meridian.tickets.macros;

/**
 * How much a change to a source variant matters to its translations (as in the knowledge
 * base): a minor one (a typo) keeps them current, a substantive one marks them outdated.
 */
public enum EditKind {

	MINOR, SUBSTANTIVE

}
