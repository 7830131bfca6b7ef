package dev.meridian.markets;

/**
 * How much a change to a playbook's source matters to its translations (as in the
 * knowledge base and macros): a minor one (a typo) keeps them current, a substantive one
 * marks them outdated.
 */
public enum PlaybookEdit {

	MINOR, SUBSTANTIVE

}
