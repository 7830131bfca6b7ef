package dev.meridian.tickets.internal;

import java.util.List;
import java.util.UUID;

import dev.meridian.tickets.Message;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * All messages, stored.
 */
public interface Messages extends JpaRepository<Message, UUID> {

	@Query("select m from Message m where m.ticketId = ?1 order by m.createdAt, m.id")
	List<Message> findByTicket(UUID ticketId);

}
