package dev.meridian.customers;

import java.util.List;

/**
 * One part of the customer 360, contributed by the module that owns its facts: earlier
 * tickets from tickets, orders, shipments and returns from commerce. The customers module
 * knows none of them (they depend on it, not it on them); it lists the panels it finds
 * and each renders its own fragment on the customer page and the ticket screen.
 */
public interface CustomerPanel {

	/**
	 * The key the 360's JSON lists the items under, e.g. {@code tickets}, {@code orders}.
	 */
	String key();

	/**
	 * The customer's items, most recent first, at most {@code limit}: values the API
	 * writes as they are (records of strings, numbers and instants). A read that other
	 * panels of the same 360 need too goes through {@code reads}, so it is done once.
	 */
	List<?> items(CustomerId customer, int limit, PanelReads reads);

	/**
	 * The Thymeleaf fragment that shows the items, given them as {@code items} and the
	 * customer as {@code customer}, e.g. {@code tickets/customer-panel :: panel}.
	 */
	String fragment();

	/** Where the panel stands on the page: lower first. */
	default int position() {
		return 100;
	}

}
