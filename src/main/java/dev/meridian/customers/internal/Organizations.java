package dev.meridian.customers.internal;

import java.util.List;
import java.util.UUID;

import dev.meridian.customers.Organization;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * All organizations, stored.
 */
public interface Organizations extends JpaRepository<Organization, UUID> {

	List<Organization> findAllByOrderByName();

}
