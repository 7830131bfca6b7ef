package dev.meridian.agents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.meridian.InvalidValueException;
import dev.meridian.NotFoundException;
import dev.meridian.agents.internal.Agents;
import dev.meridian.agents.internal.Teams;
import dev.meridian.privacy.AuditTrail;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.MarketManagement;
import dev.meridian.EmailAddresses;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Creates, changes and finds agents and teams.
 */
@Service
@Transactional
public class AgentManagement {

	/** Long enough to resist guessing; no composition rules (NIST SP 800-63B). */
	static final int MINIMUM_PASSWORD_LENGTH = 12;

	/** What bcrypt reads of a password. */
	static final int MAXIMUM_PASSWORD_BYTES = 72;

	private final Agents agents;

	private final Teams teams;

	private final PasswordEncoder passwords;

	private final MarketManagement markets;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	static final Duration ACCESS_STAMP_CACHE = Duration.ofSeconds(5);

	private record CachedStamp(Optional<AccessStamp> stamp, Instant expires) {
	}

	private final AuditTrail audit;

	private final Map<AgentId, CachedStamp> accessStamps = new ConcurrentHashMap<>();

	private final ActiveAgentLanguages activeLanguages;

	AgentManagement(Agents agents, Teams teams, PasswordEncoder passwords, MarketManagement markets, Clock clock,
			ApplicationEventPublisher events, AuditTrail audit, ActiveAgentLanguages activeLanguages) {
		this.activeLanguages = activeLanguages;
		this.events = events;
		this.audit = audit;
		this.agents = agents;
		this.markets = markets;
		this.teams = teams;
		this.passwords = passwords;
		this.clock = clock;
	}

	public Agent create(AgentProfile profile, @Nullable String password) {
		String email = EmailAddresses.normalize(profile.email());
		if (this.agents.findByEmail(email).isPresent()) {
			throw new AgentEmailTakenException(email);
		}
		Agent agent = new Agent(profile, this.clock.instant());
		if (password != null) {
			agent.changePasswordHash(encode(password), this.clock.instant());
		}
		Agent saved = this.agents.save(agent);
		this.activeLanguages.forget();
		this.audit.record("agent.created", "agent:" + saved.id().value());
		return saved;
	}

	public Agent update(AgentId id, AgentProfile profile, @Nullable String password) {
		Agent agent = get(id);
		forgetAccessStamp(id);
		String email = EmailAddresses.normalize(profile.email());
		this.agents.findByEmail(email).filter(other -> !other.id().equals(id)).ifPresent(other -> {
			throw new AgentEmailTakenException(email);
		});
		Role before = agent.role();
		agent.apply(profile, this.clock.instant());
		if (agent.role() != before) {
			this.audit.record("agent.role-changed", "agent:" + id.value());
		}
		if (password != null) {
			agent.changePasswordHash(encode(password), this.clock.instant());
			this.audit.record("agent.password-changed", "agent:" + id.value());
		}
		// Languages, zone and activity decide who routing may pick.
		this.events.publishEvent(new AgentAvailabilityChanged(id, this.clock.instant()));
		return agent;
	}

	/**
	 * The agent's current {@link AccessStamp}, for checking a session on every request:
	 * four columns by primary key, remembered for a few seconds. A change made on this
	 * server is seen at once; one made on another node of a cluster within
	 * {@link #ACCESS_STAMP_CACHE}.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<AccessStamp> accessStamp(AgentId id) {
		Instant now = this.clock.instant();
		CachedStamp cached = this.accessStamps.get(id);
		if (cached == null || !cached.expires().isAfter(now)) {
			if (this.accessStamps.size() > 10_000) {
				this.accessStamps.clear();
			}
			cached = new CachedStamp(this.agents.findAccessStamp(id.value()), now.plus(ACCESS_STAMP_CACHE));
			this.accessStamps.put(id, cached);
		}
		return cached.stamp();
	}

	/**
	 * Forgets now, so a request racing the change cannot keep the old stamp, and again at
	 * commit, so none read before the commit survives it.
	 */
	private void forgetAccessStamp(AgentId id) {
		this.accessStamps.remove(id);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					AgentManagement.this.accessStamps.remove(id);
				}
			});
		}
	}

	@Transactional(readOnly = true)
	public Optional<Agent> find(AgentId id) {
		return this.agents.findById(id.value());
	}

	@Transactional(readOnly = true)
	public Agent get(AgentId id) {
		return find(id).orElseThrow(() -> new NotFoundException("Agent", id));
	}

	@Transactional(readOnly = true)
	public Optional<Agent> findByEmail(String email) {
		return this.agents.findByEmail(email.strip());
	}

	@Transactional(readOnly = true)
	public List<Agent> all() {
		return this.agents.findAllOrdered();
	}

	@Transactional(readOnly = true)
	public Map<AgentId, Agent> findAll(Collection<AgentId> ids) {
		List<java.util.UUID> keys = ids.stream().map(AgentId::value).distinct().toList();
		if (keys.isEmpty()) {
			return Map.of();
		}
		return this.agents.findByIds(keys).stream().collect(Collectors.toMap(Agent::id, Function.identity()));
	}

	public Team createTeam(TeamDefinition definition) {
		if (this.teams.findByName(definition.name().strip()).isPresent()) {
			throw new TeamNameTakenException(definition.name());
		}
		requireAgents(definition.members());
		requireMarkets(definition.markets());
		return this.teams.save(new Team(definition, this.clock.instant()));
	}

	public Team updateTeam(TeamId id, TeamDefinition definition) {
		Team team = getTeam(id);
		this.teams.findByName(definition.name().strip()).filter(other -> !other.id().equals(id)).ifPresent(other -> {
			throw new TeamNameTakenException(definition.name());
		});
		requireAgents(definition.members());
		requireMarkets(definition.markets());
		team.apply(definition, this.clock.instant());
		return team;
	}

	public void deleteTeam(TeamId id) {
		Team team = getTeam(id);
		try {
			this.teams.delete(team);
			this.teams.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw new TeamInUseException(id);
		}
	}

	@Transactional(readOnly = true)
	public Team getTeam(TeamId id) {
		return findTeam(id).orElseThrow(() -> new NotFoundException("Team", id));
	}

	@Transactional(readOnly = true)
	public Optional<Team> findTeam(TeamId id) {
		return this.teams.findById(id.value());
	}

	@Transactional(readOnly = true)
	public Optional<Team> findTeamByName(String name) {
		return this.teams.findByName(name.strip());
	}

	@Transactional(readOnly = true)
	public List<Team> teams() {
		return this.teams.findAllByOrderByName();
	}

	private void requireMarkets(List<CountryCode> markets) {
		for (int i = 0; i < markets.size(); i++) {
			if (this.markets.find(markets.get(i)).isEmpty()) {
				throw new InvalidValueException("markets[" + i + "]", "There is no market for " + markets.get(i));
			}
		}
	}

	private void requireAgents(List<AgentId> members) {
		Map<AgentId, Agent> found = findAll(members);
		for (AgentId member : members) {
			if (!found.containsKey(member)) {
				throw new InvalidValueException("members", "Agent " + member + " does not exist");
			}
		}
	}

	private String encode(String password) {
		int length = password.codePointCount(0, password.length());
		if (length < MINIMUM_PASSWORD_LENGTH) {
			throw new InvalidValueException("password",
					"A password needs at least " + MINIMUM_PASSWORD_LENGTH + " characters");
		}
		if (length > 128) {
			throw new InvalidValueException("password", "A password may have at most 128 characters");
		}
		// bcrypt reads only 72 bytes and refuses more: a longer password is the sender's
		// mistake to correct, not a server error nor a silently shortened secret.
		if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAXIMUM_PASSWORD_BYTES) {
			throw new InvalidValueException("password", "A password may have at most " + MAXIMUM_PASSWORD_BYTES
					+ " bytes in UTF-8: 72 letters without accents, fewer with accents or in other scripts");
		}
		return this.passwords.encode(password);
	}

}
