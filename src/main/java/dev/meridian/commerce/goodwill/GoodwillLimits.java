package dev.meridian.commerce.goodwill;

import java.util.List;
import java.util.UUID;

import dev.meridian.agents.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Goodwill limits, stored.
 */
public interface GoodwillLimits extends JpaRepository<GoodwillLimit, UUID> {

	@Query("select l from GoodwillLimit l where l.role = ?1 order by l.currency")
	List<GoodwillLimit> findByRole(Role role);

	@Query("select l from GoodwillLimit l where l.agentId = ?1 order by l.currency")
	List<GoodwillLimit> findByAgent(UUID agent);

	@Modifying(flushAutomatically = true)
	@Query("delete from GoodwillLimit l where l.role = ?1")
	void deleteByRole(Role role);

	@Modifying(flushAutomatically = true)
	@Query("delete from GoodwillLimit l where l.agentId = ?1")
	void deleteByAgent(UUID agent);

}
