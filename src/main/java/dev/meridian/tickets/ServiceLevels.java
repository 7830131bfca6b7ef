package dev.meridian.tickets;

import java.util.Collection;
import java.util.Map;

/**
 * Reads tickets' service-level clocks for showing them with the tickets. The SLA module,
 * above this one, runs the clocks in a table of its own and implements this; tickets
 * declare it so that their screens and API can show the clocks without depending on the
 * module that sets them.
 */
public interface ServiceLevels {

	/** The clocks of each ticket asked for that has any; the others have none yet. */
	Map<TicketId, ServiceLevel> of(Collection<TicketId> tickets);

}
