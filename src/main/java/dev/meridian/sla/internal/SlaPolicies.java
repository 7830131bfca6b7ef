package dev.meridian.sla.internal;

import java.util.Optional;
import java.util.UUID;

import dev.meridian.sla.SlaPolicy;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * All SLA policies, stored.
 */
public interface SlaPolicies extends JpaRepository<SlaPolicy, UUID> {

	@Query("select p from SlaPolicy p where lower(p.name) = lower(?1)")
	Optional<SlaPolicy> findByName(String name);

	@Query("select coalesce(max(p.warningLeadMinutes), 0) from SlaPolicy p")
	int longestWarningLead();

}
