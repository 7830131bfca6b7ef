package dev.meridian.commerce.returns;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/**
 * All returns, stored.
 */
interface OrderReturns extends JpaRepository<OrderReturn, UUID>, JpaSpecificationExecutor<OrderReturn> {

	@Query("select r from OrderReturn r where r.orderId = ?1 order by r.requestedAt, r.id")
	List<OrderReturn> findByOrder(UUID order);

	/**
	 * The returns of several orders. Native, with the ids as one array parameter: the SQL
	 * stays the same whatever the number of orders, where a JPQL {@code in} list made
	 * Hibernate translate the query anew on every call (the largest share of a customer
	 * 360's CPU time, issue 12).
	 */
	@Query(value = "select * from commerce_returns where order_id = any(cast(?1 as uuid[])) order by requested_at, id",
			nativeQuery = true)
	List<OrderReturn> findByOrders(UUID[] orders);

	/** The return, its row locked until the transaction ends (one refund at a time). */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from OrderReturn r where r.id = ?1")
	Optional<OrderReturn> findForUpdate(UUID id);

}
