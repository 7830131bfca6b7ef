package dev.meridian.sla;

import java.time.Clock;
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

/**
 * Creates, changes and finds SLA policies, and picks the one that covers a ticket.
 */
@Service
@Transactional
public class SlaManagement {

	private final SlaPolicies policies;

	private final Clock clock;

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
		return this.policies.save(new SlaPolicy(definition, this.clock.instant()));
	}

	public SlaPolicy update(UUID id, SlaPolicyDefinition definition) {
		SlaPolicy policy = get(id);
		requireFreeName(definition.name(), id);
		policy.apply(definition, this.clock.instant());
		return this.policies.save(policy);
	}

	/**
	 * Deletes a policy. Tickets keep the due times it set; new tickets get the next
	 * matching policy.
	 */
	public void delete(UUID id) {
		this.policies.delete(get(id));
	}

	/** The first policy, by position, that covers a ticket with these properties. */
	@Transactional(readOnly = true)
	public Optional<SlaPolicy> policyFor(Priority priority, @Nullable CountryCode market, Channel channel) {
		return SlaPolicy.firstMatching(this.policies.findAll(), priority, market, channel);
	}

	private void requireFreeName(String name, @Nullable UUID self) {
		this.policies.findByName(name).filter(other -> !other.id().equals(self)).ifPresent(other -> {
			throw new SlaPolicyNameTakenException(name);
		});
	}

}
