package dev.meridian.agents.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.agents.Agent;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * All agents, stored.
 */
public interface Agents extends JpaRepository<Agent, UUID> {

	@Query("select a from Agent a where lower(a.email) = lower(?1)")
	Optional<Agent> findByEmail(String email);

	@Query("select a from Agent a order by a.displayName")
	List<Agent> findAllOrdered();

}
