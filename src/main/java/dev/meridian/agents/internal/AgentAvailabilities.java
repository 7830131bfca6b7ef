package dev.meridian.agents.internal;

import java.util.List;
import java.util.UUID;

import dev.meridian.agents.AgentAvailability;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The availability of all agents who have one, stored.
 */
public interface AgentAvailabilities extends JpaRepository<AgentAvailability, UUID> {

	@Query("select distinct a from AgentAvailability a left join fetch a.shifts")
	List<AgentAvailability> findAllWithShifts();

}
