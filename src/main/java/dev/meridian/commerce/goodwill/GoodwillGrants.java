package dev.meridian.commerce.goodwill;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Goodwill grants, stored.
 */
public interface GoodwillGrants extends JpaRepository<GoodwillGrant, UUID> {

	@Query("select g from GoodwillGrant g where g.ticketId = ?1 order by g.createdAt")
	List<GoodwillGrant> findByTicket(UUID ticket);

	@Query("select g from GoodwillGrant g where g.status = ?1 order by g.createdAt")
	List<GoodwillGrant> findByStatus(GoodwillStatus status, Limit limit);

	/** Granted after a supervisor's approval (not within the asker's own authority). */
	@Query("select g from GoodwillGrant g where g.status = dev.meridian.commerce.goodwill.GoodwillStatus.GRANTED and g.decidedAt is not null order by g.createdAt")
	List<GoodwillGrant> findApproved(Limit limit);

}
