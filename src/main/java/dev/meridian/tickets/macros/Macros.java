package dev.meridian.tickets.macros;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Macros extends JpaRepository<Macro, UUID> {

	@Query("select m from Macro m order by lower(m.name)")
	List<Macro> allByName();

	@Query("select count(m) > 0 from Macro m where lower(m.name) = lower(?1) and m.id <> ?2")
	boolean nameTaken(String name, UUID except);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select m from Macro m where m.id = ?1")
	Optional<Macro> findLocked(UUID id);

}
