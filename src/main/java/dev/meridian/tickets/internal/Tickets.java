package dev.meridian.tickets.internal;

import java.util.Optional;
import java.util.UUID;

import dev.meridian.tickets.Ticket;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * All tickets, stored.
 */
public interface Tickets extends JpaRepository<Ticket, UUID> {

	@Query(value = "select nextval('ticket_number_seq')", nativeQuery = true)
	long nextNumber();

	@Query("select t from Ticket t where t.number = ?1")
	Optional<Ticket> findByNumber(long number);

}
