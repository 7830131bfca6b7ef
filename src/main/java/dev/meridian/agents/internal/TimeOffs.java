package dev.meridian.agents.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.meridian.agents.TimeOff;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * All agents' time off, stored.
 */
public interface TimeOffs extends JpaRepository<TimeOff, UUID> {

	@Query("select t from TimeOff t where t.agentId = ?1 order by t.createdAt")
	List<TimeOff> findByAgent(UUID agent);

	/**
	 * Time off that may touch [from, to): days are compared with a day of margin for
	 * zones.
	 */
	@Query("""
			select t from TimeOff t
			where (t.endsAt is not null and t.endsAt > ?1 and t.startsAt < ?2)
			   or (t.lastDay is not null and t.lastDay >= ?3 and t.firstDay <= ?4)
			""")
	List<TimeOff> findTouching(Instant from, Instant to, LocalDate firstDay, LocalDate lastDay);

}
