package dev.meridian.analytics.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import dev.meridian.analytics.internal.Delta.Counter;
import dev.meridian.analytics.internal.Delta.Distribution;
import dev.meridian.customers.CustomerId;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.feedback.SurveyAnswered;
import dev.meridian.feedback.SurveyKind;
import dev.meridian.sla.SlaTarget;
import dev.meridian.tickets.Ticket;
import dev.meridian.tickets.TicketId;
import dev.meridian.tickets.TicketManagement;
import dev.meridian.time.BusinessCalendar;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The rules that turn one ticket, SLA, bot or survey event into rollup contributions.
 * Each contribution is counted in the UTC hour of the event that completes it (a first
 * reply time in the reply's hour, a resolution time in the solve's), under the ticket's
 * dimensions at that moment; a ticket's "created" follows its team, agent and translated
 * flag until it is solved, so a ticket routed a second after it arrived counts for its
 * agent.
 */
@Component
class RollupUpdates {

	private final TicketFacts facts;

	private final Rollups rollups;

	private final TicketManagement tickets;

	private final GoverningCalendars calendars;

	private final JdbcTemplate jdbc;

	private final CustomerManagement customers;

	/**
	 * Reading the ticket's row, locked: mostly waiting for an earlier event of the same
	 * ticket to commit, part of each update's time that is not its own work.
	 */
	private final Timer lockWait;

	/** The time this thread spent reading tickets' rows for update, so far. */
	private static final ThreadLocal<long[]> LOCK_NANOS = ThreadLocal.withInitial(() -> new long[1]);

	RollupUpdates(TicketFacts facts, Rollups rollups, TicketManagement tickets, GoverningCalendars calendars,
			JdbcTemplate jdbc, CustomerManagement customers, MeterRegistry meters) {
		this.lockWait = Timer.builder("meridian.analytics.rollup.lock")
			.description("Reading a ticket's analytics row for update, with the wait for its lock")
			.publishPercentiles(0.5, 0.95, 0.99)
			.register(meters);
		this.customers = customers;
		this.facts = facts;
		this.rollups = rollups;
		this.tickets = tickets;
		this.calendars = calendars;
		this.jdbc = jdbc;
	}

	long lockNanosOfThisThread() {
		return LOCK_NANOS.get()[0];
	}

	void created(TicketFact fact) {
		this.facts.insertCounted(fact);
	}

	/**
	 * The ticket's row, locked; made from the ticket itself if its creation was not heard
	 * yet.
	 */
	TicketFact fact(TicketId id) {
		long start = System.nanoTime();
		Optional<TicketFact> locked = this.facts.lock(id.value());
		long waited = System.nanoTime() - start;
		this.lockWait.record(waited, TimeUnit.NANOSECONDS);
		LOCK_NANOS.get()[0] += waited;
		return locked.orElseGet(() -> {
			Ticket ticket = this.tickets.get(id);
			TicketFact fact = new TicketFact(id.value(), ticket.customer().value(), ticket.createdAt(),
					ticket.market().map(m -> m.value()).orElse(""), ticket.language().value(),
					ticket.channel().name().toLowerCase(java.util.Locale.ROOT));
			fact.team = ticket.team().map(t -> t.value().toString()).orElse("");
			fact.agent = ticket.assignee().map(a -> a.value().toString()).orElse("");
			created(fact);
			return this.facts.lock(id.value()).orElseThrow();
		});
	}

	/** New dimensions: the ticket's "created" moves with them while it is unsolved. */
	void rekey(EventWrites writes, TicketFact fact, String team, String agent, boolean translated) {
		Dims before = fact.dims();
		fact.team = team;
		fact.agent = agent;
		fact.translated = translated;
		Dims after = fact.dims();
		if (!before.equals(after) && fact.solvedAt == null) {
			this.rollups.add(writes, fact.createdAt, before, new Delta().add(Counter.CREATED, -1));
			this.rollups.add(writes, fact.createdAt, after, new Delta().add(Counter.CREATED));
		}
	}

	void assigned(TicketId id, @Nullable UUID assignee) {
		// read before the ticket's row is locked: the lock is held only for the writes
		String assignedTeam = this.tickets.get(id).team().map(t -> t.value().toString()).orElse(null);
		TicketFact fact = fact(id);
		EventWrites writes = new EventWrites();
		rekey(writes, fact, assignedTeam == null ? fact.team : assignedTeam,
				assignee == null ? "" : assignee.toString(), fact.translated);
		this.facts.update(writes, fact);
		writes.run(this.jdbc);
	}

	void replied(TicketId id, Instant at, boolean translated) {
		TicketFact fact = fact(id);
		EventWrites writes = new EventWrites();
		if (translated && !fact.translated) {
			rekey(writes, fact, fact.team, fact.agent, true);
		}
		fact.replies++;
		Delta delta = new Delta();
		if (fact.firstReplyAt == null) {
			fact.firstReplyAt = at;
			delta.add(Counter.FIRST_REPLIES).duration(Distribution.FIRST_REPLY_MINUTES, minutes(fact.createdAt, at));
			Long business = businessMinutes(fact, fact.createdAt, at);
			if (business != null) {
				delta.duration(Distribution.FIRST_REPLY_BUSINESS, business);
			}
			if (fact.sla.hasTargets()) {
				fact.slaFirstCounted = true;
				fact.slaFirstBreached = fact.slaFirstBreached || fact.sla.missed(SlaTarget.FIRST_REPLY);
				delta.add(Counter.SLA_FIRST_TARGETS);
				if (fact.slaFirstBreached) {
					delta.add(Counter.SLA_FIRST_BREACHED);
				}
			}
		}
		if (fact.botAt != null && fact.botOutcome == null) {
			fact.botOutcome = "handed_off";
			delta.add(Counter.BOT_HANDED_OFF);
		}
		this.rollups.add(writes, at, fact.dims(), delta);
		this.facts.update(writes, fact);
		writes.run(this.jdbc);
	}

	void botAnswered(TicketId id, Instant at) {
		TicketFact fact = fact(id);
		if (fact.botAt == null) {
			fact.botAt = at;
			EventWrites writes = new EventWrites();
			this.rollups.add(writes, at, fact.dims(), new Delta().add(Counter.BOT_CONVERSATIONS));
			this.facts.update(writes, fact);
			writes.run(this.jdbc);
		}
	}

	void solved(TicketId id, Instant at) {
		TicketFact fact = fact(id);
		EventWrites writes = new EventWrites();
		// The replies before the solve may not all have been heard yet (listeners run in
		// parallel): whether one was translated, and how many there were, from the
		// ticket.
		TicketFacts.RepliesSoFar replies = this.facts.repliesUpTo(id.value(), at);
		if (replies.translated() && !fact.translated) {
			rekey(writes, fact, fact.team, fact.agent, true);
		}
		fact.solvedAt = at;
		Delta delta = new Delta().add(Counter.SOLVED)
			.duration(Distribution.RESOLUTION_MINUTES, minutes(fact.createdAt, at));
		Long business = businessMinutes(fact, fact.createdAt, at);
		if (business != null) {
			delta.duration(Distribution.RESOLUTION_BUSINESS, business);
		}
		fact.oneTouchCounted = Math.max(fact.replies, replies.count()) == 1 && fact.reopens == 0;
		if (fact.oneTouchCounted) {
			delta.add(Counter.ONE_TOUCH);
		}
		if (!fact.slaResolutionCounted && fact.sla.hasTargets()) {
			fact.slaResolutionCounted = true;
			fact.slaResolutionBreached = fact.slaResolutionBreached || fact.sla.missed(SlaTarget.RESOLUTION);
			delta.add(Counter.SLA_RESOLUTION_TARGETS);
			if (fact.slaResolutionBreached) {
				delta.add(Counter.SLA_RESOLUTION_BREACHED);
			}
		}
		if (fact.botAt != null && fact.botOutcome == null) {
			fact.botOutcome = "answered";
			delta.add(Counter.BOT_ANSWERED);
		}
		this.rollups.add(writes, at, fact.dims(), delta);
		this.facts.update(writes, fact);
		writes.run(this.jdbc);
	}

	/**
	 * A reopen takes back what the solve claimed (its resolution time, one touch) and
	 * counts itself; the next solve measures the full resolution time again.
	 */
	void reopened(TicketId id, Instant at) {
		TicketFact fact = fact(id);
		EventWrites writes = new EventWrites();
		Instant solvedAt = fact.solvedAt;
		if (solvedAt != null) {
			Delta undo = new Delta().duration(Distribution.RESOLUTION_MINUTES, minutes(fact.createdAt, solvedAt), -1);
			Long business = businessMinutes(fact, fact.createdAt, solvedAt);
			if (business != null) {
				undo.duration(Distribution.RESOLUTION_BUSINESS, business, -1);
			}
			if (fact.oneTouchCounted) {
				undo.add(Counter.ONE_TOUCH, -1);
				fact.oneTouchCounted = false;
			}
			this.rollups.add(writes, solvedAt, fact.dims(), undo);
		}
		fact.solvedAt = null;
		fact.reopens++;
		this.rollups.add(writes, at, fact.dims(), new Delta().add(Counter.REOPENED));
		this.facts.update(writes, fact);
		writes.run(this.jdbc);
	}

	/**
	 * A missed target counts where its reply or solve was counted, whichever came first.
	 */
	void breached(TicketId id, SlaTarget target) {
		TicketFact fact = fact(id);
		EventWrites writes = new EventWrites();
		if (target == SlaTarget.FIRST_REPLY && !fact.slaFirstBreached) {
			fact.slaFirstBreached = true;
			if (fact.slaFirstCounted && fact.firstReplyAt != null) {
				this.rollups.add(writes, fact.firstReplyAt, fact.dims(), new Delta().add(Counter.SLA_FIRST_BREACHED));
			}
		}
		if (target == SlaTarget.RESOLUTION && !fact.slaResolutionBreached) {
			fact.slaResolutionBreached = true;
			if (fact.slaResolutionCounted && fact.solvedAt != null) {
				this.rollups.add(writes, fact.solvedAt, fact.dims(), new Delta().add(Counter.SLA_RESOLUTION_BREACHED));
			}
		}
		this.facts.update(writes, fact);
		writes.run(this.jdbc);
	}

	/**
	 * A customer ordered: active in that hour, in the order's market and the customer's
	 * language.
	 */
	void ordered(CustomerId customer, Instant at, @Nullable String market) {
		String language = this.customers.find(customer)
			.map(c -> c.preferredLanguage())
			.filter(tag -> !tag.isUndetermined())
			.map(tag -> tag.value())
			.orElse("");
		this.facts.customerSeen(customer.value(), at, "order", market == null ? "" : market, language);
	}

	/**
	 * Keeps the answer (for recomputing) and rolls it up under the dimensions it carries.
	 */
	void answered(SurveyAnswered answer) {
		int inserted = this.jdbc.update("""
				insert into analytics_survey_answers (survey_id, kind, score, satisfied, market, language, channel,
				                                      team, agent, translated, answered_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (survey_id) do nothing
				""", answer.survey(), answer.kind().name(), answer.score(), answer.satisfied(), answer.market(),
				answer.language(), channel(answer), team(answer), agent(answer), answer.translated(),
				java.sql.Timestamp.from(answer.answeredAt()));
		if (inserted == 1) {
			rollUp(answer);
		}
	}

	void rollUp(SurveyAnswered answer) {
		Delta delta = new Delta();
		if (answer.kind() == SurveyKind.CSAT) {
			delta.add(Counter.CSAT_RESPONSES).add(Counter.CSAT_SCORE_SUM, answer.score());
			if (answer.satisfied()) {
				delta.add(Counter.CSAT_SATISFIED);
			}
		}
		else {
			delta.add(Counter.NPS_RESPONSES);
			if (answer.score() >= 9) {
				delta.add(Counter.NPS_PROMOTERS);
			}
			else if (answer.score() <= 6) {
				delta.add(Counter.NPS_DETRACTORS);
			}
		}
		this.rollups.add(answer.answeredAt(), new Dims(answer.market(), answer.language(), channel(answer),
				team(answer), agent(answer), answer.translated()), delta);
	}

	private static String channel(SurveyAnswered answer) {
		return Objects.requireNonNullElse(answer.channel(), "").toLowerCase(java.util.Locale.ROOT);
	}

	private static String team(SurveyAnswered answer) {
		return answer.team() == null ? "" : answer.team().value().toString();
	}

	private static String agent(SurveyAnswered answer) {
		return answer.agent() == null ? "" : answer.agent().value().toString();
	}

	private static long minutes(Instant from, Instant to) {
		return Math.max(0, Duration.between(from, to).toMinutes());
	}

	private @Nullable Long businessMinutes(TicketFact fact, Instant from, Instant to) {
		BusinessCalendar calendar = this.calendars.of(fact.sla.calendar(), fact.team, fact.market);
		if (calendar.isNeverOpen()) {
			return null;
		}
		return calendar.businessMinutesBetween(from, to);
	}

}
