package dev.meridian.routing.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The routing queue, oldest first.
 */
public interface QueuedTickets extends JpaRepository<QueuedTicket, UUID> {

	@Query("select q from QueuedTicket q order by q.queuedAt, q.ticketId")
	List<QueuedTicket> findOldest(Limit limit);

}
