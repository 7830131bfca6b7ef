package dev.meridian.agents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.meridian.agents.internal.Agents;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The active agents' languages, remembered for a few seconds: every customer's message on
 * a ticket nobody is assigned to asks who would need it translated, and reading every
 * agent with their languages for each (a chat's every line) was a twentieth of a busy
 * chat node's time. A change made on this node is seen at once (forgotten when made and
 * again at its commit, so a read racing the change cannot keep the old list); one made on
 * another node of a cluster within {@link #REMEMBERED}. A translation decided on a list a
 * few seconds old costs nothing worse than the screen translating on demand.
 */
@Component
public class ActiveAgentLanguages {

	static final Duration REMEMBERED = Duration.ofSeconds(5);

	private record Snapshot(List<AgentLanguages> agents, Instant expires) {
	}

	private final Agents agents;

	private final Clock clock;

	private volatile @Nullable Snapshot snapshot;

	ActiveAgentLanguages(Agents agents, Clock clock) {
		this.agents = agents;
		this.clock = clock;
	}

	/** Every active agent's languages, in the agents' list order. */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<AgentLanguages> all() {
		Instant now = this.clock.instant();
		Snapshot current = this.snapshot;
		if (current == null || !current.expires().isAfter(now)) {
			current = new Snapshot(
					this.agents.findAllOrdered().stream().filter(Agent::isActive).map(Agent::languageProfile).toList(),
					now.plus(REMEMBERED));
			this.snapshot = current;
		}
		return current.agents();
	}

	/** An agent's languages, zone or activity changed (update, certification). */
	@EventListener
	void on(AgentAvailabilityChanged changed) {
		forget();
	}

	/** Forgets the list now, and again when the current transaction ends. */
	void forget() {
		this.snapshot = null;
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					ActiveAgentLanguages.this.snapshot = null;
				}
			});
		}
	}

}
