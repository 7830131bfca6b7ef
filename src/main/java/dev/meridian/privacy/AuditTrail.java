package dev.meridian.privacy;

/**
 * The append-only audit log: who viewed a customer's data, exported, erased, changed
 * consent, roles, tokens or settings. Every entry commits on its own (a read-only request
 * that shows a customer still leaves its trace), chained to the previous one by a hash so
 * a changed or removed entry is noticed.
 */
public interface AuditTrail {

	/**
	 * Records an action by whoever is acting now (the signed-in agent or API token, or
	 * {@code system} when nobody is).
	 * @param action what was done, dotted, e.g. {@code customer.viewed}
	 * @param subject what it was done to, {@code kind:id}, e.g. {@code customer:<uuid>}
	 */
	void record(String action, String subject);

	/** Records an action by a named actor, e.g. a background job. */
	void record(String actor, String action, String subject);

}
