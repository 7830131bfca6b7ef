package dev.meridian.routing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.function.Predicate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import dev.meridian.agents.AgentId;
import dev.meridian.agents.AgentManagement;
import dev.meridian.agents.AvailabilityManagement;
import dev.meridian.agents.Presence;
import dev.meridian.agents.Team;
import dev.meridian.agents.TeamId;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import dev.meridian.markets.MarketManagement;
import dev.meridian.routing.internal.QueuedTicket;
import dev.meridian.routing.internal.QueuedTickets;
import dev.meridian.tickets.AgentWorkload;
import dev.meridian.tickets.AssignmentReason;
import dev.meridian.tickets.Channel;
import dev.meridian.tickets.Ticket;
import dev.meridian.tickets.TicketId;
import dev.meridian.tickets.TicketManagement;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The routing facade: routes a ticket, offers waiting tickets again, and answers when a
 * language is next covered. Decisions read an in-memory {@link RoutingTable} rebuilt when
 * availability changes on this node, and at least every
 * {@link RoutingSettings#tableRefresh()} for changes made on other nodes.
 */
@Service
public class Routing {

	private static final Logger log = LoggerFactory.getLogger(Routing.class);

	/**
	 * The lock of the pass that offers waiting tickets again: one such pass at a time in
	 * the cluster. Single decisions do not take it; they lock the agent they assign to
	 * ({@link AgentLocks}), so two tickets at once cannot both take an agent's last free
	 * slot.
	 */
	static final long LOCK = 0x4d5249444e52L;

	/**
	 * How many agents one decision may try to lock before it settles: each miss (the
	 * agent filled up meanwhile, or another decision holds them) is decided again with
	 * fresh loads.
	 */
	static final int MAX_ATTEMPTS = 4;

	/** Waiting tickets offered again per pass; the next pass takes the rest. */
	static final int REOFFER_BATCH = 200;

	private final AvailabilityManagement availability;

	private final TicketManagement tickets;

	private final AgentManagement agents;

	private final QueuedTickets queue;

	private final MarketManagement markets;

	private final JdbcTemplate jdbc;

	private final AgentLocks agentLocks;

	private final RoutingSettings settings;

	private final RoutingPolicy policy;

	private final Clock clock;

	private volatile @Nullable Snapshot snapshot;

	/**
	 * Counts invalidations: a table built from reads that began before a change is not
	 * trusted after it, even when its build finishes later.
	 */
	private final AtomicLong generation = new AtomicLong();

	Routing(AvailabilityManagement availability, TicketManagement tickets, AgentManagement agents,
			MarketManagement markets, QueuedTickets queue, JdbcTemplate jdbc, RoutingSettings settings, Clock clock) {
		this.availability = availability;
		this.markets = markets;
		this.tickets = tickets;
		this.agents = agents;
		this.queue = queue;
		this.jdbc = jdbc;
		this.agentLocks = new AgentLocks(jdbc);
		this.settings = settings;
		this.policy = new RoutingPolicy(settings.minProficiency());
		this.clock = clock;
	}

	/**
	 * Routes an unassigned, unresolved ticket: assigns it with a reason, or queues it
	 * with the reason it waits. Assigned or resolved tickets leave the queue untouched by
	 * routing.
	 * @return the decision, empty when there was nothing to decide
	 */
	@Transactional
	public Optional<RoutingDecision> route(TicketId id) {
		return decideAndApply(id, table(), true);
	}

	/**
	 * Offers waiting tickets again, oldest first.
	 * @param wait whether to wait for another node's pass to finish, or skip
	 * @return how many were assigned
	 */
	@Transactional
	public int reoffer(boolean wait) {
		if (wait) {
			lock();
		}
		else if (!Boolean.TRUE
			.equals(this.jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK))) {
			return 0;
		}
		List<QueuedTicket> waiting = this.queue.findOldest(Limit.of(REOFFER_BATCH));
		if (waiting.isEmpty()) {
			return 0;
		}
		RoutingTable table = table();
		int assigned = 0;
		for (QueuedTicket queued : waiting) {
			// Never waits for an agent's lock while holding earlier tickets' rows: a
			// single
			// decision holding that agent might be waiting for one of those rows.
			Optional<RoutingDecision> decision = decideAndApply(new TicketId(queued.ticketId()), table, false);
			if (decision.isPresent() && decision.get() instanceof RoutingDecision.Assign) {
				assigned++;
			}
		}
		return assigned;
	}

	/**
	 * The earliest instant at or after {@code after} when an agent who reads the language
	 * at the minimum level is on shift (presence and load ignored): for promising reply
	 * times. Empty when nobody is within {@link RoutingSettings#lookAhead()}.
	 */
	public Optional<Instant> nextCoverage(String language, Instant after) {
		Instant until = after.plus(this.settings.lookAhead());
		return tableFor(after, until).nextCoverage(language, this.policy.minimum(), after, until);
	}

	/**
	 * The earliest a customer writing in the language can honestly expect an answer from
	 * a person: the {@link #nextCoverage next coverage} plus
	 * {@link RoutingSettings#promiseMargin()} to answer. The SLA module promises reply
	 * times with it. Empty when nobody is within {@link RoutingSettings#lookAhead()}.
	 */
	public Optional<Instant> nextAnswerable(String language, Instant after) {
		return nextCoverage(language, after).map(onShift -> onShift.plus(this.settings.promiseMargin()));
	}

	/**
	 * Which hours of a week each language is covered, on the wall clock of {@code zone}:
	 * a team's languages by its members, a market's languages by everyone, or (neither)
	 * every language anyone reads.
	 */
	@Transactional(readOnly = true)
	public CoverageWeek coverage(LocalDate monday, ZoneId zone, @Nullable TeamId team, @Nullable CountryCode market) {
		Instant from = monday.atStartOfDay(zone).toInstant();
		Instant to = monday.plusDays(7).atStartOfDay(zone).toInstant();
		RoutingTable table = tableFor(from, to);
		Collection<String> languages;
		Predicate<AgentId> include;
		if (team != null) {
			Team found = this.agents.getTeam(team);
			Set<AgentId> members = Set.copyOf(found.members());
			languages = found.languages().stream().map(LanguageTag::value).toList();
			include = members::contains;
		}
		else if (market != null) {
			languages = this.markets.get(market).languages().stream().map(LanguageTag::value).toList();
			include = agent -> true;
		}
		else {
			languages = table.languages();
			include = agent -> true;
		}
		return CoverageWeek.compute(table, languages, include, this.policy.minimum(), monday, zone);
	}

	/** The tickets waiting for an agent, oldest first. */
	@Transactional(readOnly = true)
	public List<WaitingTicket> waiting() {
		return this.queue.findOldest(Limit.of(1000))
			.stream()
			.map(q -> new WaitingTicket(new TicketId(q.ticketId()), q.teamId() == null ? null : new TeamId(q.teamId()),
					q.language(), AssignmentReason.decode(q.reason()).orElseThrow(), q.queuedAt()))
			.toList();
	}

	/** Forgets the routing table: the next decision reads availability afresh. */
	public void invalidate() {
		this.generation.incrementAndGet();
	}

	/** The least an agent must read a ticket's language. */
	public RoutingPolicy policy() {
		return this.policy;
	}

	/** A table whose working periods cover [from, to): the current one when it does. */
	RoutingTable tableFor(Instant from, Instant to) {
		RoutingTable current = table();
		if (current.covers(from, to)) {
			return current;
		}
		return RoutingTable.of(this.availability.rosters(from, to), from, to);
	}

	RoutingTable table() {
		Instant now = this.clock.instant();
		long generation = this.generation.get();
		Snapshot current = this.snapshot;
		if (current == null || current.generation() != generation
				|| current.builtAt().plus(this.settings.tableRefresh()).isBefore(now)
				|| !current.table().covers(now, now.plus(this.settings.lookAhead()))) {
			// An hour back, so that a coverage question about "now" a little late still
			// fits.
			Instant from = now.minusSeconds(3600);
			Instant until = now.plus(this.settings.lookAhead()).plus(this.settings.tableRefresh()).plusSeconds(3600);
			current = new Snapshot(RoutingTable.of(this.availability.rosters(from, until), from, until), now,
					generation);
			this.snapshot = current;
		}
		return current.table();
	}

	private Optional<RoutingDecision> decideAndApply(TicketId id, RoutingTable table, boolean mayWait) {
		// A plain read: deciding takes a while, and the row is locked only to assign
		// (TicketManagement.assign reads it again under the lock and gives up if someone
		// took the ticket meanwhile).
		Ticket ticket = this.tickets.find(id).orElse(null);
		if (ticket == null || ticket.assignee().isPresent() || !ticket.status().isUnresolved()) {
			this.queue.findById(id.value()).ifPresent(this.queue::delete);
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		RoutingRequest request = new RoutingRequest(ticket.language().value(), ticket.channel() == Channel.CHAT,
				this.tickets.lastAssignee(ticket.customer(), id).orElse(null), now);
		RoutingDecision decision = decideLocked(table, request, mayWait);
		if (decision instanceof RoutingDecision.Assign assign) {
			this.tickets.assign(id, assign.agent(), assign.reason());
			this.queue.findById(id.value()).ifPresent(this.queue::delete);
			log.debug("Ticket {} assigned to {}: {}", ticket.number(), assign.agent(), assign.reason());
		}
		else {
			TeamId team = owningTeam(ticket);
			// The reason stays in the queue, not on the ticket: a waiting ticket is not
			// changed, so nobody editing it meanwhile meets a version conflict.
			QueuedTicket queued = this.queue.findById(id.value()).orElse(null);
			if (queued == null) {
				this.queue.save(new QueuedTicket(id.value(), team == null ? null : team.value(),
						ticket.language().value(), decision.reason().encode(), now));
			}
			else {
				queued.attempted(team == null ? null : team.value(), decision.reason().encode(), now);
			}
			log.debug("Ticket {} waits: {}", ticket.number(), decision.reason());
		}
		return Optional.of(decision);
	}

	/**
	 * Decides, and holds the lock of the agent decided on: loads are read without a lock,
	 * the chosen agent is locked, then the loads are read again and the decision made
	 * again. It stands when it names an agent already locked, whose load was read under
	 * the lock; another agent is locked in turn (without waiting, so that two decisions
	 * never wait for each other), and an agent another decision holds counts as full this
	 * time.
	 */
	private RoutingDecision decideLocked(RoutingTable table, RoutingRequest request, boolean mayWait) {
		Set<AgentId> reachable = reachable(table, request);
		Map<AgentId, AgentWorkload> loads = this.tickets.workloads(reachable);
		Set<AgentId> locked = new HashSet<>();
		Set<AgentId> taken = new HashSet<>();
		for (int attempt = 0;; attempt++) {
			Map<AgentId, AgentWorkload> read = loads;
			RoutingDecision decision = this.policy.decide(table, request, agent -> taken.contains(agent)
					? AgentWorkload.full(agent) : read.getOrDefault(agent, AgentWorkload.idle(agent)));
			if (!(decision instanceof RoutingDecision.Assign assign) || locked.contains(assign.agent())) {
				return decision;
			}
			if (attempt >= MAX_ATTEMPTS) {
				// Enough locking: settle for an agent already locked, or wait for the
				// next
				// pass. Each turn rules one more agent out, so this ends.
				taken.add(assign.agent());
				continue;
			}
			AgentId agent = assign.agent();
			if (locked.isEmpty() && mayWait) {
				this.agentLocks.await(agent);
			}
			else if (!this.agentLocks.tryLock(agent)) {
				taken.add(agent);
				continue;
			}
			locked.add(agent);
			loads = this.tickets.workloads(reachable);
		}
	}

	/**
	 * Agents who could take the ticket apart from their load: the only loads worth
	 * reading.
	 */
	private Set<AgentId> reachable(RoutingTable table, RoutingRequest request) {
		Set<AgentId> reachable = new HashSet<>();
		long second = request.at().getEpochSecond();
		for (Candidate candidate : table.speakers(request.language())) {
			if (candidate.presence() == Presence.ONLINE && candidate.worksAt(second)
					&& candidate.proficiency().atLeast(this.policy.minimum())) {
				reachable.add(candidate.agent());
			}
		}
		return reachable;
	}

	/**
	 * The team whose queue a waiting ticket joins: its own, else the first team for its
	 * language, else the first for its market.
	 */
	private @Nullable TeamId owningTeam(Ticket ticket) {
		if (ticket.team().isPresent()) {
			return ticket.team().get();
		}
		String language = RoutingTable.primary(ticket.language().value());
		List<Team> teams = this.agents.teams();
		for (Team team : teams) {
			if (team.languages().stream().anyMatch(l -> RoutingTable.primary(l.value()).equals(language))) {
				return team.id();
			}
		}
		CountryCode market = ticket.market().orElse(null);
		for (Team team : teams) {
			if (market != null && team.markets().contains(market)) {
				return team.id();
			}
		}
		return null;
	}

	private void lock() {
		this.jdbc.queryForObject("select pg_advisory_xact_lock(?)::text", String.class, LOCK);
	}

	private record Snapshot(RoutingTable table, Instant builtAt, long generation) {
	}

}
