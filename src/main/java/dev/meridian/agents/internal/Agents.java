package dev.meridian.agents.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.agents.AccessStamp;
import dev.meridian.agents.Agent;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * All agents, stored.
 */
public interface Agents extends JpaRepository<Agent, UUID> {

	@Query("select a from Agent a where lower(a.email) = lower(?1)")
	Optional<Agent> findByEmail(String email);

	/**
	 * A JPQL query, whose plan Hibernate caches, unlike the Criteria query behind
	 * findAllById.
	 */
	@Query("select distinct a from Agent a left join fetch a.languages where a.id in ?1")
	List<Agent> findByIds(Collection<UUID> ids);

	/** Four columns by primary key, for the check of every workspace request. */
	@Query("select new dev.meridian.agents.AccessStamp(a.role, a.active, a.email, a.passwordHash) from Agent a where a.id = ?1")
	Optional<AccessStamp> findAccessStamp(UUID id);

	@Query("select a from Agent a order by a.displayName")
	List<Agent> findAllOrdered();

}
