package dev.meridian.commerce.goodwill;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import javax.money.MonetaryAmount;

import dev.meridian.agents.AgentId;
import dev.meridian.agents.Role;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;

/**
 * How much goodwill a role (the default) or one agent (an override) may grant without
 * approval, in one currency.
 */
@Entity
@Table(name = "goodwill_limits")
public class GoodwillLimit {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	private @Nullable Role role;

	private @Nullable UUID agentId;

	private String currency;

	private BigDecimal amount;

	private Instant updatedAt;

	protected GoodwillLimit() {
	}

	GoodwillLimit(@Nullable Role role, @Nullable AgentId agent, MonetaryAmount limit, Instant now) {
		this.id = UUID.randomUUID();
		this.role = role;
		this.agentId = agent == null ? null : agent.value();
		this.currency = limit.getCurrency().getCurrencyCode();
		this.amount = limit.getNumber().numberValue(BigDecimal.class);
		this.updatedAt = now;
	}

	public Optional<Role> role() {
		return Optional.ofNullable(this.role);
	}

	public Optional<AgentId> agent() {
		return Optional.ofNullable(this.agentId).map(AgentId::new);
	}

	public MonetaryAmount limit() {
		return Money.of(this.amount.stripTrailingZeros(), this.currency);
	}

}
