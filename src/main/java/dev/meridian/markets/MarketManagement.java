package dev.meridian.markets;

import dev.meridian.privacy.AuditTrail;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import dev.meridian.NotFoundException;
import dev.meridian.markets.internal.Markets;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and finds markets.
 */
@Service
@Transactional
public class MarketManagement {

	private final Markets markets;

	private final Clock clock;

	private final AuditTrail audit;

	MarketManagement(Markets markets, Clock clock, AuditTrail audit) {
		this.audit = audit;
		this.markets = markets;
		this.clock = clock;
	}

	public Market create(MarketDefinition definition) {
		if (this.markets.existsById(definition.code().value())) {
			throw new MarketAlreadyExistsException(definition.code());
		}
		this.audit.record("market.created", "market:" + definition.code().value());
		return this.markets.save(new Market(definition, this.clock.instant()));
	}

	public Market update(MarketDefinition definition) {
		Market market = get(definition.code());
		market.apply(definition, this.clock.instant());
		this.audit.record("market.settings-changed", "market:" + definition.code().value());
		return market;
	}

	public void delete(CountryCode code) {
		Market market = get(code);
		this.audit.record("market.deleted", "market:" + code.value());
		try {
			this.markets.delete(market);
			this.markets.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw new MarketInUseException(code);
		}
	}

	@Transactional(readOnly = true)
	public Optional<Market> find(CountryCode code) {
		return this.markets.findById(code.value());
	}

	@Transactional(readOnly = true)
	public Market get(CountryCode code) {
		return find(code).orElseThrow(() -> new NotFoundException("Market", code));
	}

	@Transactional(readOnly = true)
	public List<Market> all() {
		return this.markets.findAllByOrderByCode();
	}

}
