package dev.meridian.tickets.internal;

import java.util.Optional;
import java.util.UUID;

import dev.meridian.tickets.Ticket;
import org.springframework.data.jpa.repository.JpaRepository;
import jakarta.persistence.QueryHint;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

/**
 * All tickets, stored.
 */
public interface Tickets extends JpaRepository<Ticket, UUID> {

	/**
	 * The next ticket number. COMMIT flush mode: a native query would otherwise flush the
	 * whole session first, and the commit flushes anyway.
	 */
	@Query(value = "select nextval('ticket_number_seq')", nativeQuery = true)
	@QueryHints(@QueryHint(name = "org.hibernate.flushMode", value = "COMMIT"))
	long nextNumber();

	@Query("select t from Ticket t where t.number = ?1")
	Optional<Ticket> findByNumber(long number);

}
