package dev.meridian.commerce.orders;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/**
 * All orders, stored.
 */
interface Orders extends JpaRepository<Order, UUID>, JpaSpecificationExecutor<Order> {

	@Query("select o from Order o where o.shop = ?1 and o.number = ?2")
	Optional<Order> findByShopAndNumber(String shop, String number);

	/** Orders with this number in any shop (a number is unique per shop only). */
	@Query("select o from Order o where o.number = ?1 order by o.placedAt desc, o.id")
	List<Order> findByNumber(String number, Limit limit);

	/**
	 * The order, its row locked until the transaction ends (returns check against it).
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select o from Order o where o.id = ?1")
	Optional<Order> findForUpdate(UUID id);

	@Query("select o from Order o where o.customerId = ?1 order by o.placedAt desc, o.id desc")
	List<Order> findRecentByCustomer(UUID customer, Limit limit);

	@Query("select o from Order o where o.customerId = ?1 and (o.placedAt < ?2 or (o.placedAt = ?2 and o.id < ?3)) "
			+ "order by o.placedAt desc, o.id desc")
	List<Order> findRecentByCustomerBefore(UUID customer, Instant placedAt, UUID id, Limit limit);

}
