package dev.meridian.routing;

import dev.meridian.agents.AgentId;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Transaction-scoped PostgreSQL advisory locks, one per agent, across the cluster: the
 * holder may give the agent a ticket knowing nobody else is counting that agent's load
 * meanwhile. Tickets for different agents are routed in parallel; before these, one lock
 * for all of routing made every node's routing serial.
 */
class AgentLocks {

	/** "MRAG": keeps these apart from other two-key advisory locks. */
	private static final int SPACE = 0x4d524147;

	private final JdbcTemplate jdbc;

	AgentLocks(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Waits for the agent's lock; held until the transaction ends. */
	void await(AgentId agent) {
		this.jdbc.queryForObject("select pg_advisory_xact_lock(?, ?)::text", String.class, SPACE, key(agent));
	}

	/** Takes the agent's lock if nobody holds it; never waits. */
	boolean tryLock(AgentId agent) {
		return Boolean.TRUE.equals(
				this.jdbc.queryForObject("select pg_try_advisory_xact_lock(?, ?)", Boolean.class, SPACE, key(agent)));
	}

	/** Two agents may share a key: then they are only locked together, never missed. */
	private static int key(AgentId agent) {
		return agent.value().hashCode();
	}

}
