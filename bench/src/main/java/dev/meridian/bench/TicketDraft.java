package dev.meridian.bench;

import java.util.List;

/** One ticket to create: the same content goes through the API and through raw JDBC. */
record TicketDraft(Customer customer, boolean returningCustomer, String subject, String body, String priority,
		String channel, List<String> tags) {

	/** The body of POST /api/v1/tickets. */
	String toJson() {
		return Json.object("subject", subject, "customer", new Json.Raw(customer.toJson()), "message",
				new Json.Raw(Json.object("body", body)), "channel", channel, "priority", priority, "tags", tags);
	}

}
