package dev.meridian.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.NotFoundException;
import dev.meridian.markets.CountryCode;
import dev.meridian.sla.internal.SlaPolicies;
import dev.meridian.tickets.Channel;
import dev.meridian.tickets.Priority;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Creates, changes and finds SLA policies, and picks the one that covers a ticket.
 */
@Service
@Transactional
public class SlaManagement {

	/**
	 * How long the policies are read from memory. Every new ticket's SLA clocks and reply
	 * promise pick a policy (four reads of the table per ticket); policies change a few
	 * times a year. A change on this node applies at once; one made on another node of a
	 * cluster within this time, as with calendars.
	 */
	static final Duration CACHE_TIME = Duration.ofMinutes(1);

	private final SlaPolicies policies;

	private final Clock clock;

	private volatile @Nullable Cached cached;

	private record Cached(List<SlaPolicy> policies, Instant until) {
	}

	SlaManagement(SlaPolicies policies, Clock clock) {
		this.policies = policies;
		this.clock = clock;
	}

	/** All policies in the order they are tried. */
	@Transactional(readOnly = true)
	public List<SlaPolicy> policies() {
		return this.policies.findAll().stream().sorted(SlaPolicy.ORDER).toList();
	}

	@Transactional(readOnly = true)
	public SlaPolicy get(UUID id) {
		return this.policies.findById(id).orElseThrow(() -> new NotFoundException("SLA policy", id));
	}

	public SlaPolicy create(SlaPolicyDefinition definition) {
		requireFreeName(definition.name(), null);
		forget();
		return this.policies.save(new SlaPolicy(definition, this.clock.instant()));
	}

	public SlaPolicy update(UUID id, SlaPolicyDefinition definition) {
		SlaPolicy policy = get(id);
		requireFreeName(definition.name(), id);
		policy.apply(definition, this.clock.instant());
		forget();
		return this.policies.save(policy);
	}

	/**
	 * Deletes a policy. Tickets keep the due times it set; new tickets get the next
	 * matching policy.
	 */
	public void delete(UUID id) {
		this.policies.delete(get(id));
		forget();
	}

	/** The first policy, by position, that covers a ticket with these properties. */
	@Transactional(readOnly = true)
	public Optional<SlaPolicy> policyFor(Priority priority, @Nullable CountryCode market, Channel channel) {
		return SlaPolicy.firstMatching(current(), priority, market, channel);
	}

	/** The policies, from memory for up to {@link #CACHE_TIME}; only read from them. */
	private List<SlaPolicy> current() {
		Instant now = this.clock.instant();
		Cached current = this.cached;
		if (current == null || current.until().isBefore(now)) {
			current = new Cached(List.copyOf(this.policies.findAll()), now.plus(CACHE_TIME));
			this.cached = current;
		}
		return current.policies();
	}

	/**
	 * Drops the cached policies now and again after the commit: a reader between the two
	 * could otherwise cache the old policies for a whole {@link #CACHE_TIME}.
	 */
	private void forget() {
		this.cached = null;
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					SlaManagement.this.cached = null;
				}
			});
		}
	}

	private void requireFreeName(String name, @Nullable UUID self) {
		this.policies.findByName(name).filter(other -> !other.id().equals(self)).ifPresent(other -> {
			throw new SlaPolicyNameTakenException(name);
		});
	}

}
