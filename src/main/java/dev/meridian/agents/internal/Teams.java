package dev.meridian.agents.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.agents.Team;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * All teams, stored.
 */
public interface Teams extends JpaRepository<Team, UUID> {

	@Query("select t from Team t where lower(t.name) = lower(?1)")
	Optional<Team> findByName(String name);

	List<Team> findAllByOrderByName();

}
