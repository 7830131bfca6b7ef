package dev.meridian.markets.internal;

import java.util.List;

import dev.meridian.markets.Market;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * All markets, stored.
 */
public interface Markets extends JpaRepository<Market, String> {

	List<Market> findAllByOrderByCode();

}
