package dev.meridian.agents.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.agents.ApiToken;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * All API tokens, stored by the hash of their secret.
 */
public interface ApiTokens extends JpaRepository<ApiToken, UUID> {

	@Query("select t from ApiToken t where t.tokenHash = ?1")
	Optional<ApiToken> findByHash(String tokenHash);

	@Query("select t from ApiToken t order by t.createdAt")
	List<ApiToken> findAllOrdered();

}
