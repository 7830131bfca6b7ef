package dev.meridian.customers.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.customers.Customer;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * All customers, stored.
 */
public interface Customers extends JpaRepository<Customer, UUID> {

	/**
	 * The customer with this email (any case), through the unique index on
	 * {@code lower(email)}. Two plain reads rather than one JPQL query with a correlated
	 * subquery and a collection fetch: Hibernate translated that one anew on every call,
	 * the largest share of an order webhook's CPU time (issue 12).
	 */
	default Optional<Customer> findByEmail(String email) {
		return findIdByEmail(email).flatMap(this::findById);
	}

	@Query(value = "select customer_id from customer_emails where lower(email) = lower(?1)", nativeQuery = true)
	Optional<UUID> findIdByEmail(String email);

	/**
	 * A JPQL query, whose plan Hibernate caches, unlike the Criteria query behind
	 * findAllById.
	 */
	@Query("select distinct c from Customer c left join fetch c.emails where c.id in ?1")
	List<Customer> findByIds(Collection<UUID> ids);

	@Query("select c from Customer c where c.createdAt > ?1 or (c.createdAt = ?1 and c.id > ?2) order by c.createdAt, c.id")
	List<Customer> findPageAfter(Instant createdAt, UUID id, Limit limit);

	/**
	 * Customers whose name or one of whose addresses holds the text (a domain, a part of
	 * a local part), {@code %} and {@code _} in the text escaped by the caller with
	 * {@code \}.
	 */
	@Query("select c from Customer c where lower(c.displayName) like concat('%', ?1, '%') escape '\\' "
			+ "or exists (select 1 from Customer o join o.emails e where o = c and lower(e) like concat('%', ?1, '%') escape '\\') "
			+ "order by c.displayName, c.id")
	List<Customer> search(String lowerText, Limit limit);

	@Query("select c from Customer c order by c.createdAt, c.id")
	List<Customer> findFirstPage(Limit limit);

}
