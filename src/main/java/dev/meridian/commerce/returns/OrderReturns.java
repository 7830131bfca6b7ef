package dev.meridian.commerce.returns;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/**
 * All returns, stored.
 */
interface OrderReturns extends JpaRepository<OrderReturn, UUID> {

	@Query("select r from OrderReturn r where r.orderId = ?1 order by r.requestedAt, r.id")
	List<OrderReturn> findByOrder(UUID order);

	@Query("select r from OrderReturn r where r.orderId in ?1 order by r.requestedAt, r.id")
	List<OrderReturn> findByOrders(List<UUID> orders);

	/** The return, its row locked until the transaction ends (one refund at a time). */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from OrderReturn r where r.id = ?1")
	Optional<OrderReturn> findForUpdate(UUID id);

}
