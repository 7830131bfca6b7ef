package dev.meridian.commerce.goodwill;

import java.util.List;

import javax.money.MonetaryAmount;

import dev.meridian.agents.Role;

/**
 * How much goodwill someone may grant without approval.
 *
 * @param role the role it was looked up for
 * @param source where the limits come from
 * @param limits at most one per currency; none means every grant needs approval
 */
public record Authority(Role role, Source source, List<MonetaryAmount> limits) {

	/** Where limits come from. */
	public enum Source {

		/** The agent's own override. */
		AGENT,
		/** The defaults of the agent's role. */
		ROLE,
		/** Neither defines any. */
		NONE

	}

	public Authority {
		limits = List.copyOf(limits);
	}

}
