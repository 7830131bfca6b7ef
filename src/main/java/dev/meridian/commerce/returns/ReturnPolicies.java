package dev.meridian.commerce.returns;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The return policies, by market.
 */
interface ReturnPolicies extends JpaRepository<ReturnPolicy, String> {

}
