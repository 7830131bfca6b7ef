package dev.meridian.agents.internal;

import java.util.List;
import java.util.UUID;

import dev.meridian.agents.CertificationStatus;
import dev.meridian.agents.TrainingRecord;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * All agents' training records, stored.
 */
public interface TrainingRecords extends JpaRepository<TrainingRecord, UUID> {

	@Query("select t from TrainingRecord t where t.agentId = ?1 order by t.completedOn desc, t.createdAt desc")
	List<TrainingRecord> findByAgent(UUID agent);

	@Query("select t from TrainingRecord t where t.certStatus = ?1 order by t.createdAt")
	List<TrainingRecord> findByCertificationStatus(CertificationStatus status);

}
